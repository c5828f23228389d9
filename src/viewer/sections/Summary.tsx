import type { DiagnosticReport } from '../../report/model';
import { CalloutIcon } from '../icons';
import { summaryLines } from '../model/summary-lines';
import { useViewer } from '../viewer-settings';
import { Section } from './Section';

/**
 * The triage summary, first after the header: one line per decision a clinician makes first
 * (see summary-lines). Raised lines are callouts (tone, shape and words); the others are plain.
 */
export function Summary({ report }: { report: DiagnosticReport }) {
  const settings = useViewer();
  const lines = summaryLines(report, settings);
  return (
    <Section name="summary" heading={settings.labels.summaryHeading}>
      <ul className="lrv-summary">
        {lines.map((l, index) => (
          <li
            key={index}
            className={l.tone ? `lrv-summary-line lrv-callout lrv-tone-${l.tone}` : 'lrv-summary-line'}
            data-line={l.line}
            data-finding={l.finding ?? undefined}
          >
            {l.tone ? <CalloutIcon tone={l.tone} /> : <span className="lrv-summary-dot" aria-hidden="true" />}
            <span>
              <strong className="lrv-summary-term">{l.term}:</strong> {l.text}
              {l.policy && <span className="lrv-policy">{l.policy}</span>}
            </span>
          </li>
        ))}
      </ul>
      <p className="lrv-muted lrv-policy-note">{settings.labels.portalPolicyNote}</p>
    </Section>
  );
}
