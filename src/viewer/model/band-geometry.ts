/**
 * Pure geometry for severity bars: where each band sits on one scale, and which band a
 * score falls in. Bands may touch or overlap at their edges and may be zero-width.
 */
import type { SeverityBand } from '../../report/model';

export interface BandScale {
  min: number;
  max: number;
}

export interface PlacedBand {
  band: SeverityBand;
  /** Start and width as percentages of the scale (0–100). */
  start: number;
  width: number;
  zeroWidth: boolean;
}

/** The scale that holds every band (and the score, so the marker is never off the bar). */
export function bandScale(bands: readonly SeverityBand[], score: number | null): BandScale | null {
  if (bands.length === 0) return null;
  let min = Math.min(...bands.map((b) => b.min));
  let max = Math.max(...bands.map((b) => b.max));
  if (score !== null) {
    min = Math.min(min, score);
    max = Math.max(max, score);
  }
  return { min, max };
}

/** Position of `value` on the scale, as a percentage clamped to 0–100. */
export function positionOnScale(value: number, scale: BandScale): number {
  const span = scale.max - scale.min;
  if (span <= 0) return 0;
  return Math.min(100, Math.max(0, ((value - scale.min) / span) * 100));
}

export function placeBands(bands: readonly SeverityBand[], scale: BandScale): PlacedBand[] {
  return bands.map((band) => {
    const start = positionOnScale(band.min, scale);
    const end = positionOnScale(band.max, scale);
    return { band, start, width: end - start, zeroWidth: band.max === band.min };
  });
}

/**
 * The band a score falls in. A zero-width band matches only its exact value and wins
 * ("None", 0–0 for a score of 0). On an edge two bands share, the one whose severity is the
 * report's own wins; otherwise bands are read as [min, max), so the higher band wins, and
 * the top band also includes its max.
 */
export function bandForScore(
  bands: readonly SeverityBand[],
  score: number | null,
  reportSeverity: number | null = null,
): SeverityBand | null {
  if (score === null) return null;
  const exactZeroWidth = bands.find((b) => b.min === b.max && b.min === score);
  if (exactZeroWidth) return exactZeroWidth;
  const containing = bands.filter((b) => b.min < b.max && score >= b.min && score <= b.max);
  if (containing.length > 1 && reportSeverity !== null) {
    const agreeing = containing.filter((b) => b.severity === reportSeverity);
    if (agreeing.length === 1) return agreeing[0]!;
  }
  const halfOpen = containing.filter((b) => score < b.max);
  if (halfOpen.length > 0) return halfOpen[halfOpen.length - 1]!;
  const topMax = Math.max(...bands.map((b) => b.max));
  return containing.find((b) => b.max === topMax) ?? null;
}
