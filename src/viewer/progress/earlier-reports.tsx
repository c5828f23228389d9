import type { ReactNode } from 'react';
import { useReportHistory, type ReportHistoryRequest, type ReportHistoryState } from '../../fetching/useReportHistory';
import type { DiagnosticReport } from '../../report/model';
import type { HistorySource } from './history-context';

/** Hands its child the earlier reports: as given, or as fetched (see useReportHistory). */
export function WithEarlierReports({
  source,
  children,
}: {
  source: HistorySource;
  children: (state: ReportHistoryState) => ReactNode;
}) {
  if (!('ids' in source)) {
    const entries = source.map((report) => ({ id: report.id, status: 'success' as const, report }));
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
