import type { DiagnosticReport } from '../../report/model';
import { useViewer } from '../viewer-settings';
import { Fact } from './Fact';

/** Portal-supplied `extraData`, shown as text so the clinician can match the case. */
export function PortalData({ extraData }: { extraData: DiagnosticReport['extraData'] }) {
  const { labels } = useViewer();
  if (extraData === null || extraData === '') return null;
  return (
    <details className="lrv-details">
      <summary>{labels.portalData}</summary>
      {typeof extraData !== 'string' ? (
        <dl className="lrv-facts">
          {Object.entries(extraData).map(([key, value]) => (
            <Fact key={key} term={key}>
              {typeof value === 'string' ? value : JSON.stringify(value)}
            </Fact>
          ))}
        </dl>
      ) : (
        <p>{extraData}</p>
      )}
    </details>
  );
}
