import type { FindingName, PreliminaryFindings } from '../../report/model';
import type { ResolvedThresholds } from '../defaults';
import type { Labels } from '../labels/types';
import { formatPercent } from './format';
import { crosses, malignancyTriage, referralTriage } from './triage';

export type Tone = 'danger' | 'warning' | 'info';

/** Every finding, most urgent first: the order of the findings table and of the threshold note. */
export const FINDING_ORDER: readonly FindingName[] = [
  'urgentReferral',
  'highPriorityReferral',
  'malignancy',
  'adjustedMalignancy',
  'pigmentedLesion',
  'hasCondition',
];

const SENTENCES: Record<FindingName, (l: Labels) => (v: string) => string> = {
  urgentReferral: (l) => l.calloutUrgentReferral,
  highPriorityReferral: (l) => l.calloutHighPriorityReferral,
  malignancy: (l) => l.calloutMalignancy,
  adjustedMalignancy: (l) => l.calloutAdjustedMalignancy,
  pigmentedLesion: (l) => l.calloutPigmentedLesion,
  hasCondition: (l) => l.calloutHasCondition,
};

const TONES: Record<FindingName, Tone> = {
  urgentReferral: 'danger',
  highPriorityReferral: 'warning',
  malignancy: 'danger',
  adjustedMalignancy: 'danger',
  pigmentedLesion: 'warning',
  hasCondition: 'info',
};

export interface RaisedCallout {
  finding: FindingName;
  tone: Tone;
  text: string;
}

/** One finding's callout, worded as an AI estimate with its value. */
export function callout(finding: FindingName, value: number, labels: Labels, locale: string): RaisedCallout {
  return { finding, tone: TONES[finding], text: SENTENCES[finding](labels)(formatPercent(value, locale)) };
}

/**
 * The callouts a report raises under the portal's thresholds, most urgent first: only the most
 * urgent referral tier, one malignancy estimate (the higher), then pigmented lesion and condition.
 * Pure: the summary, the findings section and the screen-reader announcement all read it.
 */
export function raisedCallouts(
  findings: PreliminaryFindings,
  thresholds: ResolvedThresholds,
  labels: Labels,
  locale: string,
): RaisedCallout[] {
  const referral = referralTriage(findings, thresholds).raised;
  const malignancy = malignancyTriage(findings, thresholds);
  const raised: FindingName[] = [
    ...(referral ? [referral] : []),
    ...(malignancy.raised && malignancy.finding ? [malignancy.finding] : []),
    ...(['pigmentedLesion', 'hasCondition'] as const).filter((f) => crosses(findings[f], thresholds[f])),
  ];
  return raised.map((finding) => callout(finding, findings[finding] ?? 0, labels, locale));
}
