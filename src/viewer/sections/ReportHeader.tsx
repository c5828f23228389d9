import type { DiagnosticReport } from '../../report/model';
import { useViewer } from '../viewer-settings';
import { formatDateTime } from '../model/format';
import { InfoIcon } from '../icons';
import { Fact } from './Fact';
import { Codes, TextValue } from './Values';
import { BodySiteMap } from '../body-map/BodySiteMap';

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
        <Fact term={labels.bodySite}>
          <TextValue value={bodySite ? (bodySite.display ?? bodySite.code) : null} />
          <BodySiteMap bodySite={bodySite} />
        </Fact>
        <Fact term={labels.issued}>
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
      <p className="lrv-ai-notice">
        <InfoIcon />
        {labels.aiNotice}
      </p>
    </header>
  );
}
