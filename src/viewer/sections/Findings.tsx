import type { PreliminaryFindings } from '../../report/model';
import type { ResolvedThresholds } from '../defaults';
import { raisedCallouts, FINDING_ORDER } from '../model/callouts';
import type { Labels } from '../labels/types';
import { useViewer } from '../viewer-settings';
import { formatPercent } from '../model/format';
import { Callouts } from './Callouts';
import { Section } from './Section';
import { Percent } from './Values';

/** Every finding with its value; the callouts the summary does not carry (pigmented lesion, condition). */
export function Findings({ findings }: { findings: PreliminaryFindings }) {
  const { labels, locale, thresholds } = useViewer();
  const callouts = raisedCallouts(findings, thresholds, labels, locale).filter(
    (c) => c.finding === 'pigmentedLesion' || c.finding === 'hasCondition',
  );
  return (
    <Section name="findings" heading={labels.findingsHeading}>
      <Callouts callouts={callouts} />
      <table className="lrv-table lrv-findings-table">
        <tbody>
          {FINDING_ORDER.map((name) => (
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

/** "Urgent referral (48 h) 50% · Malignancy 50% …" for the thresholds that are on. */
function thresholdSummary(thresholds: ResolvedThresholds, labels: Labels, locale: string): string {
  return FINDING_ORDER.flatMap((finding) => {
    const t = thresholds[finding];
    return t === null ? [] : [`${labels.findingNames[finding]} ${formatPercent(t, locale)}`];
  }).join(' · ');
}
