import type { FindingName, PreliminaryFindings } from '../../report/model';
import { CALLOUTS, raisedCallouts, type Tone } from '../model/callouts';
import type { Labels } from '../labels/types';
import { useViewer } from '../viewer-settings';
import { formatPercent } from '../model/format';
import { Percent, Section } from './Value';

const TABLE_ORDER: readonly FindingName[] = [
  'urgentReferral',
  'highPriorityReferral',
  'malignancy',
  'adjustedMalignancy',
  'pigmentedLesion',
  'hasCondition',
];

export function Findings({ findings }: { findings: PreliminaryFindings }) {
  const { labels, locale, thresholds } = useViewer();
  const callouts = raisedCallouts(findings, thresholds, labels, locale);
  return (
    <Section name="findings" heading={labels.findingsHeading}>
      {callouts.length > 0 && (
        <ul className="lrv-callouts">
          {callouts.map((c) => (
            <li key={c.finding} className={`lrv-callout lrv-callout-${c.tone}`} data-finding={c.finding}>
              <CalloutIcon tone={c.tone} />
              <span>{c.text}</span>
            </li>
          ))}
        </ul>
      )}
      <table className="lrv-table lrv-findings-table">
        <tbody>
          {TABLE_ORDER.map((name) => (
            <tr key={name}>
              <th scope="row">{labels.findingNames[name]}</th>
              <td className="lrv-num">
                <Percent value={findings[name]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="lrv-muted lrv-threshold">{labels.thresholdNote(thresholdSummary(thresholds, labels, locale))}</p>
    </Section>
  );
}

/** "Urgent referral (48 h) 50% · Malignancy 50% …" for the callouts that are on. */
function thresholdSummary(thresholds: Record<FindingName, number | null>, labels: Labels, locale: string): string {
  return CALLOUTS.flatMap(({ finding }) => {
    const t = thresholds[finding];
    return t === null ? [] : [`${labels.findingNames[finding]} ${formatPercent(t, locale)}`];
  }).join(' · ');
}

function CalloutIcon({ tone }: { tone: Tone }) {
  // Shapes differ by tone (triangle, diamond, circle) so meaning never rests on colour.
  const shape =
    tone === 'danger' ? (
      <path d="M8 1.5 15 14.5H1z" fill="currentColor" />
    ) : tone === 'warning' ? (
      <path d="M8 1 15 8 8 15 1 8z" fill="currentColor" />
    ) : (
      <circle cx="8" cy="8" r="7" fill="currentColor" />
    );
  return (
    <svg className="lrv-icon lrv-callout-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {shape}
      <rect x="7.2" y={tone === 'danger' ? 5.5 : 4} width="1.6" height="5" fill="var(--lrv-callout-icon-mark)" />
      <rect x="7.2" y={tone === 'danger' ? 11.5 : 10.5} width="1.6" height="1.6" fill="var(--lrv-callout-icon-mark)" />
    </svg>
  );
}
