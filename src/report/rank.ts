import type { Conclusion } from './model';

/** Highest probability first; unknown (null) probabilities last; ties keep report order. */
export function rankConclusions(conclusions: Conclusion[]): Conclusion[] {
  return conclusions.sort((a, b) => {
    if (a.probability === null) return b.probability === null ? 0 : 1;
    if (b.probability === null) return -1;
    return b.probability - a.probability;
  });
}
