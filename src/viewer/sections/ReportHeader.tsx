import type { DiagnosticReport } from '../../report/model';
import { useViewer } from '../viewer-settings';
import { formatDateTime } from '../model/format';
import { Codes, TextValue } from './Value';

/** What the report concludes, where, when, for which visit; and that it is AI output. */
export function ReportHeader({ report, titleId }: { report: DiagnosticReport; titleId: string }) {
  const { labels, locale, timeZone } = useViewer();
  const { pathology, bodySite } = report;
  return (
    <header className="lrv-header">
      <h2 className="lrv-title" id={titleId}>
        {pathology ? pathology.name : labels.noConclusiveCondition}
        {pathology && pathology.icd11.length > 0 && (
          <span className="lrv-code">
            {' '}
            {labels.icd11} <Codes codes={pathology.icd11} />
          </span>
        )}
      </h2>
      <dl className="lrv-facts">
        <div>
          <dt>{labels.bodySite}</dt>
          <dd>
            <TextValue value={bodySite ? (bodySite.display ?? bodySite.code) : null} />
          </dd>
        </div>
        <div>
          <dt>{labels.issued}</dt>
          <dd>
            {report.issuedAt ? (
              <time dateTime={report.issuedAt}>{formatDateTime(report.issuedAt, locale, timeZone)}</time>
            ) : (
              <TextValue value={null} />
            )}
          </dd>
        </div>
        <div>
          <dt>{labels.visit}</dt>
          <dd>
            <TextValue value={report.visitIdentifier} />
          </dd>
        </div>
      </dl>
      <p className="lrv-ai-notice">
        <InfoIcon />
        {labels.aiNotice}
      </p>
    </header>
  );
}

export function InfoIcon() {
  return (
    <svg className="lrv-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <rect x="7.25" y="7" width="1.5" height="5" fill="currentColor" />
      <rect x="7.25" y="4" width="1.5" height="1.5" fill="currentColor" />
    </svg>
  );
}
