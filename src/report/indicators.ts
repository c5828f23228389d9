/**
 * The two fixed sets of percentages every report carries: performance metrics and
 * preliminary findings. Each shape says where a named value lives; each value is a
 * percentage or null on its own (one bad value never hides the others; one out of
 * range is kept, with a warning).
 */
import type { FindingName, PerformanceMetrics, PreliminaryFindings } from './model';
import { optionalPercentage, type Warnings } from './read/lenient';

export type Locate = (name: string) => { value: unknown; path: string };

const METRIC_NAMES = ['sensitivity', 'specificity', 'entropy'] as const satisfies readonly (keyof PerformanceMetrics)[];
const FINDING_NAMES = [
  'hasCondition',
  'malignancy',
  'adjustedMalignancy',
  'pigmentedLesion',
  'urgentReferral',
  'highPriorityReferral',
] as const satisfies readonly FindingName[];

function readPercentages<K extends string>(
  warnings: Warnings,
  names: readonly K[],
  locate: Locate,
): Record<K, number | null> {
  const out = {} as Record<K, number | null>;
  for (const name of names) {
    const { value, path } = locate(name);
    out[name] = optionalPercentage(warnings, value, path);
  }
  return out;
}

export const readMetrics = (warnings: Warnings, locate: Locate): PerformanceMetrics =>
  readPercentages(warnings, METRIC_NAMES, locate);

export const readFindings = (warnings: Warnings, locate: Locate): PreliminaryFindings =>
  readPercentages(warnings, FINDING_NAMES, locate);
