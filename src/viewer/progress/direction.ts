/**
 * Which way a scoring system's score is better, read from the report's own bands: never from
 * a table of systems kept here. For most indices severity rises with the score (APASI, DLQI);
 * for control tests it falls (the urticaria control test: a higher score is better controlled).
 */
import type { SeverityBand } from '../../report/model';

export type ScoreDirection = 'higherIsWorse' | 'higherIsBetter';

/**
 * Compares the bands' severities as the score rises (bands ordered by their middle). The bands
 * must agree: every pair that differs in severity must point the same way. Bands without a
 * severity are ignored; bands that all share one severity, or disagree, say nothing (null).
 */
export function scoreDirection(bands: readonly SeverityBand[]): ScoreDirection | null {
  const rated = bands
    .filter((band): band is SeverityBand & { severity: 1 | 2 | 3 } => band.severity !== null)
    .map((band) => ({ middle: (band.min + band.max) / 2, severity: band.severity }))
    .sort((a, b) => a.middle - b.middle);
  let rising = false;
  let falling = false;
  for (let i = 0; i < rated.length; i++) {
    for (let j = i + 1; j < rated.length; j++) {
      const low = rated[i]!;
      const high = rated[j]!;
      if (high.middle === low.middle || high.severity === low.severity) continue;
      if (high.severity > low.severity) rising = true;
      else falling = true;
    }
  }
  if (rising === falling) return null;
  return rising ? 'higherIsWorse' : 'higherIsBetter';
}
