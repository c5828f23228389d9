/**
 * Where a report's earlier reports come from: parsed reports the host passed to
 * `<LegitReportView history>`, or ids that `<LegitReportViewer history>` fetches through its
 * own transport. The report body provides it; the Progress section and the image comparison
 * read it.
 */
import { createContext, useContext } from 'react';
import type { ReportHistoryRequest } from '../../fetching/useReportHistory';
import type { DiagnosticReport } from '../../report/model';

/** Parsed reports as given, or the request that fetches them. */
export type HistorySource = readonly DiagnosticReport[] | ReportHistoryRequest;

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
  return ('ids' in source ? source.ids.length : source.length) > 0 ? history : null;
}
