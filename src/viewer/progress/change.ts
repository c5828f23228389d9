/**
 * The change between two scores, as a clinician reads it: absolute, in percent of the earlier
 * score, and a word for its direction. The difference keeps the precision the report gave
 * (6.3 → 3.1 is −3.2, not −3.1999999999999997).
 */
import { decimalsOf } from '../model/format';
import type { ScoreDirection } from './direction';

/** `higher` and `lower` when the report's bands do not say which way is better. */
export type ProgressTrend = 'improving' | 'worsening' | 'unchanged' | 'higher' | 'lower';

export interface ScoreChange {
  delta: number;
  /** Percent of the earlier score; null when the earlier score is 0 (no percentage of nothing). */
  percent: number | null;
  trend: ProgressTrend;
}

export function scoreChange(from: number, to: number, direction: ScoreDirection | null): ScoreChange {
  const digits = Math.max(decimalsOf(from), decimalsOf(to));
  const delta = Number((to - from).toFixed(digits));
  const percent = from === 0 ? null : ((to - from) / Math.abs(from)) * 100;
  return { delta, percent, trend: trendOf(to - from, direction) };
}

function trendOf(difference: number, direction: ScoreDirection | null): ProgressTrend {
  if (difference === 0) return 'unchanged';
  const rose = difference > 0;
  if (direction === null) return rose ? 'higher' : 'lower';
  return rose === (direction === 'higherIsBetter') ? 'improving' : 'worsening';
}
