import type { FindingName, PreliminaryFindings } from '../../report/model';
import { CALLOUTS, raisedCallouts } from '../model/callouts';
import type { Labels } from '../labels/types';
import { useViewer } from '../viewer-settings';
import { formatPercent } from '../model/format';
import { CalloutIcon } from '../icons';
import { Section } from './Section';
import { Percent } from './Values';

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
            <li key={c.finding} className={`lrv-callout lrv-tone-${c.tone}`} data-finding={c.finding}>
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
