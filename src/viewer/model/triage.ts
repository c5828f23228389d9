/**
 * The triage the summary leads with, as pure decisions over the report and the portal's
 * thresholds: the most urgent referral tier, the higher malignancy estimate, the certainty of
 * the result, the images below the quality threshold. What a threshold decides is the portal's
 * policy; the values are the report's.
 */
import type { Observation, PreliminaryFindings } from '../../report/model';
import type { ResolvedThresholds } from '../defaults';

export type ReferralFinding = 'urgentReferral' | 'highPriorityReferral';
export type MalignancyFinding = 'malignancy' | 'adjustedMalignancy';

/** A finding crosses its threshold when both are known and the value is at or above it. */
export const crosses = (value: number | null, threshold: number | null): boolean =>
  value !== null && threshold !== null && value >= threshold;

export interface ReferralTriage {
  /** The most urgent tier raised (urgent, else high-priority), or null. */
  raised: ReferralFinding | null;
  /** Neither referral value was computed. */
  notComputed: boolean;
}

/** Only the most urgent tier the report supports is raised; the other stays in the findings table. */
export function referralTriage(findings: PreliminaryFindings, thresholds: ResolvedThresholds): ReferralTriage {
  const tiers: ReferralFinding[] = ['urgentReferral', 'highPriorityReferral'];
  return {
    raised: tiers.find((tier) => crosses(findings[tier], thresholds[tier])) ?? null,
    notComputed: tiers.every((tier) => findings[tier] === null),
  };
}

export interface MalignancyTriage {
  /** Which estimate the line shows; null when neither was computed. */
  finding: MalignancyFinding | null;
  value: number | null;
  raised: boolean;
}

/**
 * The higher of `malignancy` and `adjustedMalignancy`, each under its own threshold. An estimate
 * that crosses its threshold is shown before a higher one that does not, so no crossing is hidden.
 */
export function malignancyTriage(findings: PreliminaryFindings, thresholds: ResolvedThresholds): MalignancyTriage {
  const known = (['malignancy', 'adjustedMalignancy'] as const)
    .map((finding) => ({ finding, value: findings[finding] }))
    .filter((e): e is { finding: MalignancyFinding; value: number } => e.value !== null);
  const raised = known.filter((e) => crosses(e.value, thresholds[e.finding]));
  const pool = raised.length > 0 ? raised : known;
  // Ties go to `malignancy`, the first listed.
  const top = pool.reduce<(typeof pool)[number] | null>((best, e) => (best && best.value >= e.value ? best : e), null);
  return { finding: top?.finding ?? null, value: top?.value ?? null, raised: raised.length > 0 };
}

export interface QualityTriage {
  total: number;
  below: number;
  unscored: number;
}

/** How many images fall below the portal's DIQA threshold, and how many carry no score. */
export function qualityTriage(observations: readonly Observation[], diqaThreshold: number): QualityTriage {
  const scores = observations.map((o) => o.diqaScore);
  return {
    total: observations.length,
    below: scores.filter((s) => s !== null && s < diqaThreshold).length,
    unscored: scores.filter((s) => s === null).length,
  };
}
