import { Suspense, useEffect } from 'react';
import type { DiagnosticReport } from '../report/model';
import { LazyReportBody, preloadReportChunks } from './chunks/report-chunks';
import { LoadingState } from './StateViews';
import { ViewerFrame, type ViewerDisplayProps } from './ViewerFrame';

export interface LegitReportViewProps extends ViewerDisplayProps {
  /** A report already parsed with `parseDiagnosticReport`. */
  report: DiagnosticReport;
  /** Where "Download PDF" points (your proxy's `format=pdf` route); hidden when absent. */
  pdfUrl?: string;
  /** Called at most once per report when an image fails to load, to fetch fresh signed URLs. */
  onRenewImageUrls?: () => void;
  /** Earlier reports of the same patient (parsed), in any order: the Progress section and image comparison. */
  history?: readonly DiagnosticReport[];
}

/** Renders a report you already hold, with no fetching and no messages. */
export function LegitReportView({ report, pdfUrl, onRenewImageUrls, history, ...display }: LegitReportViewProps) {
  const locale = display.locale ?? 'en';
  // The body, its chart and labels in parallel, rather than the chart after the body.
  useEffect(() => preloadReportChunks(locale), [locale]);
  return (
    <ViewerFrame {...display} showsReport>
      <Suspense fallback={<LoadingState />}>
        {/* A new report object (the host refetched) gives its images a fresh chance. */}
        <LazyReportBody report={report} pdfUrl={pdfUrl} renewImageUrls={onRenewImageUrls} history={history} />
      </Suspense>
    </ViewerFrame>
  );
}
