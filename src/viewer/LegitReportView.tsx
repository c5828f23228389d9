import { Suspense, useCallback, useRef, useState } from 'react';
import type { DiagnosticReport } from '../report/model';
import { LazyReportBody } from './LazyReportBody';
import { LoadingState } from './StateViews';
import { ViewerFrame, type ViewerDisplayProps } from './ViewerFrame';

export interface LegitReportViewProps extends ViewerDisplayProps {
  /** A report already parsed with `parseDiagnosticReport`. */
  report: DiagnosticReport;
  /** Where "Download PDF" points (your proxy's `format=pdf` route); hidden when absent. */
  pdfUrl?: string;
  /** Called at most once per report when an image fails to load, to fetch fresh signed URLs. */
  onRenewImageUrls?: () => void;
}

/** Renders a report you already hold, with no fetching and no messages. */
export function LegitReportView({ report, pdfUrl, onRenewImageUrls, ...display }: LegitReportViewProps) {
  // State re-renders the images; the ref stops two failures in one frame from asking twice.
  const [renewedFor, setRenewedFor] = useState<DiagnosticReport | null>(null);
  const renewedRef = useRef<DiagnosticReport | null>(null);
  const renew = useCallback(() => {
    if (renewedRef.current === report) return;
    renewedRef.current = report;
    setRenewedFor(report);
    onRenewImageUrls?.();
  }, [report, onRenewImageUrls]);
  return (
    <ViewerFrame
      {...display}
      showsReport
      renewImageUrls={renew}
      imageRenewalRequested={!onRenewImageUrls || renewedFor === report}
    >
      <Suspense fallback={<LoadingState />}>
        <LazyReportBody report={report} pdfUrl={pdfUrl} />
      </Suspense>
    </ViewerFrame>
  );
}
