/**
 * Where a report's earlier reports come from: parsed reports the host passed to
 * `<LegitReportView history>`, or ids that `<LegitReportViewer history>` fetches through its
 * own transport. The report body provides it; the Progress section and the image comparison
 * read it.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useReportHistory, type ReportHistoryRequest, type ReportHistoryState } from '../../fetching/useReportHistory';
import type { DiagnosticReport } from '../../report/model';

export type HistorySource = { reports: readonly DiagnosticReport[] } | ReportHistoryRequest;

/** The report on screen and where its earlier reports come from. */
export interface ReportHistory {
  current: DiagnosticReport;
  source: HistorySource;
}

export const HistoryContext = createContext<ReportHistory | null>(null);

/** The history of the report on screen, or null when the host gave none. */
export function useReportHistoryContext(): ReportHistory | null {
  const history = useContext(HistoryContext);
  if (history === null) return null;
  const { source } = history;
  return ('reports' in source ? source.reports.length : source.ids.length) > 0 ? history : null;
}

/** Hands its child the earlier reports: as given, or as fetched (see useReportHistory). */
export function WithEarlierReports({
  source,
  children,
}: {
  source: HistorySource;
  children: (state: ReportHistoryState) => ReactNode;
}) {
  if ('reports' in source) {
    const entries = source.reports.map((report) => ({ id: report.id, status: 'success' as const, report }));
    return children({ entries, retryFailed: () => {} });
  }
  return <Fetched request={source}>{children}</Fetched>;
}

function Fetched({
  request,
  children,
}: {
  request: ReportHistoryRequest;
  children: (state: ReportHistoryState) => ReactNode;
}) {
  return children(useReportHistory(request));
}

/** The reports among the entries that have loaded. */
export const loadedReports = (state: ReportHistoryState): DiagnosticReport[] =>
  state.entries.flatMap((entry) => (entry.status === 'success' ? [entry.report] : []));
