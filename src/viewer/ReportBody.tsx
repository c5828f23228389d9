import { useEffect } from 'react';
import { useAfterFirstPaint } from '../react/useAfterFirstPaint';
import type { DiagnosticReport } from '../report/model';
import { announceReport } from './model/announce';
import { useImageRenewal } from './useImageRenewal';
import { useViewer } from './viewer-settings';
import { useViewerId } from './viewer-id';
import { ReportContexts } from './ReportContexts';
import { Conclusions } from './sections/Conclusions';
import { Anamnesis } from './sections/Anamnesis';
import { Metrics } from './sections/Metrics';
import { PortalData } from './sections/PortalData';
import { Warnings } from './sections/Warnings';
import { Findings } from './sections/Findings';
import { Images } from './sections/Images';
import { ReportHeader } from './sections/ReportHeader';
import { ScoringSystems } from './sections/ScoringSystems';
import type { HistorySource } from './progress/history-context';
import { Progress } from './progress/Progress';
import { Summary } from './sections/Summary';

export interface ReportBodyProps {
  report: DiagnosticReport;
  pdfUrl?: string | undefined;
  /** Asks the host for fresh signed image URLs; without it, a failed image reads "unavailable". */
  renewImageUrls?: (() => void) | undefined;
  /** What one renewal is for (default: the report object; the connected viewer: its id). */
  renewalKey?: unknown;
  /** Earlier reports of the same patient, for the Progress section and the image comparison. */
  history?: HistorySource | undefined;
}

/**
 * Everything in one report, most decisive first: what, how urgent, how likely, how severe. The
 * first screen (header, findings, conclusions) is the first commit; what follows (scores,
 * images, answers, metrics, the PDF) comes once that screen is painted, below it, so nothing
 * on screen moves and a long report never delays what decides.
 */
export function ReportBody({ report, pdfUrl, renewImageUrls, renewalKey = report, history }: ReportBodyProps) {
  const imageRenewal = useImageRenewal(renewalKey, renewImageUrls);
  const settings = useViewer();
  const { labels, announce } = settings;
  const titleId = useViewerId('title');
  const rest = useAfterFirstPaint();
  // Tell screen readers, politely, what arrived: the condition and anything urgent.
  const summary = announceReport(report, settings);
  useEffect(() => {
    announce(summary);
    return () => announce('');
  }, [announce, summary]);
  return (
    <ReportContexts imageRenewal={imageRenewal} report={report} history={history}>
      <article className="lrv-report" aria-labelledby={titleId} aria-busy={!rest || undefined}>
        <ReportHeader report={report} titleId={titleId} />
        <Summary report={report} />
        <Warnings warnings={report.warnings} />
        <Findings findings={report.findings} />
        <Conclusions conclusions={report.conclusions} />
        {rest && (
          <>
            <ScoringSystems systems={report.scoringSystems} observations={report.observations} />
            <Progress />
            <Images observations={report.observations} macroscopic={report.macroscopicMedia} />
            <Anamnesis answers={report.anamnesis} />
            <Metrics metrics={report.metrics} durationSeconds={report.analysisDurationSeconds} />
            <footer className="lrv-footer">
              <PortalData extraData={report.extraData} />
              {pdfUrl && report.links.hasPdf && (
                <a className="lrv-button" href={pdfUrl} download>
                  {labels.downloadPdf}
                </a>
              )}
            </footer>
          </>
        )}
      </article>
    </ReportContexts>
  );
}
