import { createContext, useContext, type ReactNode } from 'react';
import type { DiagnosticReport } from '../report/model';
import { HistoryContext, type HistorySource } from './progress/history-context';
import { provided } from './viewer-settings';

/** Fresh signed image URLs, asked for at most once per report shown (see useImageRenewal). */
export interface ImageRenewal {
  /** True once a renewal has been asked for the report on screen (or none is possible). */
  readonly requested: boolean;
  request(): void;
}

// Provided by the report body, not the frame: renewal belongs to the report on screen (and loads with it).
const ImageRenewalContext = createContext<ImageRenewal | null>(null);

export const useImageRenewalRequest = (): ImageRenewal => provided(useContext(ImageRenewalContext));

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
