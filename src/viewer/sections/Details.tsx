import type { AnamnesisAnswer, DiagnosticReport, ParseWarning, PerformanceMetrics } from '../../report/model';
import { useViewer } from '../viewer-settings';
import { formatNumber } from '../model/format';
import { NotAssessed, Percent, Section, TextValue } from './Value';

export function Anamnesis({ answers }: { answers: readonly AnamnesisAnswer[] }) {
  const { labels } = useViewer();
  return (
    <Section name="anamnesis" heading={labels.anamnesisHeading}>
      {answers.length === 0 ? (
        <NotAssessed />
      ) : (
        <dl className="lrv-qa">
          {answers.map((a, index) => (
            <div key={index}>
              <dt>{a.question}</dt>
              <dd>
                <TextValue value={a.answer} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Section>
  );
}

export function Metrics({ metrics, durationSeconds }: { metrics: PerformanceMetrics; durationSeconds: number | null }) {
  const { labels, locale } = useViewer();
  return (
    <Section name="metrics" heading={labels.metricsHeading}>
      <dl className="lrv-facts">
        <div>
          <dt>{labels.sensitivity}</dt>
          <dd>
            <Percent value={metrics.sensitivity} />
          </dd>
        </div>
        <div>
          <dt>{labels.specificity}</dt>
          <dd>
            <Percent value={metrics.specificity} />
          </dd>
        </div>
        <div>
          <dt>{labels.entropy}</dt>
          <dd>
            <Percent value={metrics.entropy} />
          </dd>
        </div>
        <div>
          <dt>{labels.analysisDuration}</dt>
          <dd>
            {durationSeconds === null ? (
              <TextValue value={null} />
            ) : (
              labels.seconds(formatNumber(durationSeconds, locale, 2))
            )}
          </dd>
        </div>
      </dl>
    </Section>
  );
}

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
            <div key={key}>
              <dt>{key}</dt>
              <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{extraData}</p>
      )}
    </details>
  );
}

export function Warnings({ warnings }: { warnings: readonly ParseWarning[] }) {
  const { labels } = useViewer();
  if (warnings.length === 0) return null;
  return (
    <details className="lrv-details lrv-warnings">
      <summary>{labels.warningsSummary(warnings.length)}</summary>
      <ul>
        {warnings.map((w, index) => (
          <li key={index}>
            <code>{w.path}</code>: {w.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
