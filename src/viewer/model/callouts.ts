import type { FindingName, PreliminaryFindings } from '../../report/model';
import type { ResolvedThresholds } from '../defaults';
import { formatPercent } from './format';
import type { Labels } from '../labels/types';

export type Tone = 'danger' | 'warning' | 'info';

/** Callouts in order of urgency; each names its own sentence and tone. */
export const CALLOUTS: ReadonlyArray<{ finding: FindingName; tone: Tone; text: (l: Labels) => (v: string) => string }> =
  [
    { finding: 'urgentReferral', tone: 'danger', text: (l) => l.calloutUrgentReferral },
    { finding: 'malignancy', tone: 'danger', text: (l) => l.calloutMalignancy },
    { finding: 'highPriorityReferral', tone: 'warning', text: (l) => l.calloutHighPriorityReferral },
    { finding: 'pigmentedLesion', tone: 'warning', text: (l) => l.calloutPigmentedLesion },
    { finding: 'hasCondition', tone: 'info', text: (l) => l.calloutHasCondition },
  ];

export interface RaisedCallout {
  finding: FindingName;
  tone: Tone;
  text: string;
}

/** The callouts a report raises under the portal's thresholds (pure, also used for the announcement). */
export function raisedCallouts(
  findings: PreliminaryFindings,
  thresholds: ResolvedThresholds,
  labels: Labels,
  locale: string,
): RaisedCallout[] {
  return CALLOUTS.flatMap(({ finding, tone, text }) => {
    const value = findings[finding];
    const threshold = thresholds[finding];
    if (value === null || threshold === null || value < threshold) return [];
    return [{ finding, tone, text: text(labels)(formatPercent(value, locale)) }];
  });
}
