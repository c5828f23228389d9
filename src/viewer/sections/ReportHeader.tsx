import type { DiagnosticReport } from '../../report/model';
import { useViewer } from '../viewer-settings';
import { formatDateTime } from '../model/format';
import { suggestionText } from '../model/summary-lines';
import { InfoIcon } from '../icons';
import { Fact } from './Fact';
import { Codes, TextValue } from './Values';
import { BodySiteMap } from '../body-map/BodySiteMap';

/**
 * What the report concludes, where, when, for which visit; and, prominently, that it is AI
 * output. With `pathology` null, the title says that no condition passed Legit.Health's
 * confidence threshold, and the AI's top suggestion follows: "nothing found" is never implied.
 */
export function ReportHeader({ report, titleId }: { report: DiagnosticReport; titleId: string }) {
  const { labels, locale, timeZone } = useViewer();
  const { pathology, bodySite } = report;
  return (
    <header className="lrv-header">
      <h2 className="lrv-title" id={titleId}>
        {reportTitle(report, labels)}
        {pathology && pathology.icd11.length > 0 && (
          <span className="lrv-code">
            {' '}
            {labels.icd11} <Codes codes={pathology.icd11} />
          </span>
        )}
      </h2>
      {!pathology && report.conclusions.length > 0 && (
        <p className="lrv-suggestion">
          {labels.topSuggestion}: <strong>{suggestionText(report.conclusions, labels, locale)}</strong>
        </p>
      )}
      <p className="lrv-ai-notice lrv-tone-info">
        <InfoIcon />
        {labels.aiNotice}
      </p>
      <dl className="lrv-facts">
        <Fact term={labels.bodySite}>
          <TextValue value={bodySite ? (bodySite.display ?? bodySite.code) : null} />
          <BodySiteMap bodySite={bodySite} />
        </Fact>
        {/* Raw reports carry their creation time; FHIR reports their issue time. */}
        <Fact term={report.source === 'fhir' ? labels.issued : labels.created}>
          {report.issuedAt ? (
            <time dateTime={report.issuedAt}>{formatDateTime(report.issuedAt, locale, timeZone)}</time>
          ) : (
            <TextValue value={null} />
          )}
        </Fact>
        <Fact term={labels.visit}>
          <TextValue value={report.visitIdentifier} />
        </Fact>
      </dl>
    </header>
  );
}

/** The condition the report names; else that none passed the threshold (or, with no suggestion at all, none). */
export function reportTitle(
  report: DiagnosticReport,
  labels: { noConclusiveCondition: string; belowConfidenceThreshold: string },
): string {
  if (report.pathology) return report.pathology.name;
  return report.conclusions.length > 0 ? labels.belowConfidenceThreshold : labels.noConclusiveCondition;
}
