import { lazy } from 'react';

// The report renderer is its own chunk: the page pays for it when a report id arrives
// (loaded in parallel with the report's fetch), not on every page that shows the widget.
const loadReportBody = () => import('./ReportBody');

export const LazyReportBody = lazy(() => loadReportBody().then((m) => ({ default: m.ReportBody })));

export function preloadReportBody(): void {
  void loadReportBody();
}
