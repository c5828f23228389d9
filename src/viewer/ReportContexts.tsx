import type { ReactNode } from 'react';
import type { DiagnosticReport } from '../report/model';
import { HistoryContext, type HistorySource } from './progress/history-context';
import { ImageRenewalContext, type ImageRenewal } from './viewer-settings';

/** What the report body provides to its sections: image renewal, and the report's history. */
export function ReportContexts({
  imageRenewal,
  report,
  history,
  children,
}: {
  imageRenewal: ImageRenewal;
  report: DiagnosticReport;
  history: HistorySource | undefined;
  children: ReactNode;
}) {
  return (
    <ImageRenewalContext.Provider value={imageRenewal}>
      <HistoryContext.Provider value={history ? { current: report, source: history } : null}>
        {children}
      </HistoryContext.Provider>
    </ImageRenewalContext.Provider>
  );
}
