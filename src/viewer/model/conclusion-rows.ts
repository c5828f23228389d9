import type { Conclusion } from '../../report/model';

export interface ConclusionRow {
  key: string;
  name: string;
  icd11: string[];
  probability: number | null;
  /** The row that sums the conditions beyond the top N. */
  grouped?: { count: number };
}

/**
 * The top `limit` conclusions, and the rest summed into one row. Conclusions arrive ranked;
 * null probabilities (not computed) count as nothing in the sum but are counted as conditions.
 */
export function conclusionRows(conclusions: readonly Conclusion[], limit: number): ConclusionRow[] {
  const top: ConclusionRow[] = conclusions.slice(0, limit).map((c, index) => ({
    key: `${index}:${c.key}`,
    name: c.name,
    icd11: c.icd11,
    probability: c.probability,
  }));
  const rest = conclusions.slice(limit);
  if (rest.length === 0) return top;
  const known = rest.filter((c) => c.probability !== null);
  const sum = known.length > 0 ? known.reduce((total, c) => total + (c.probability ?? 0), 0) : null;
  return [
    ...top,
    {
      key: 'rest',
      name: '',
      icd11: [],
      probability:
        sum === null
          ? null
          : roundLikeInputs(
              sum,
              known.map((c) => c.probability ?? 0),
            ),
      grouped: { count: rest.length },
    },
  ];
}

/** Floating-point sums drift (0.1 + 0.2); round to the finest precision among the inputs. */
function roundLikeInputs(sum: number, inputs: number[]): number {
  const digits = Math.min(6, Math.max(0, ...inputs.map((v) => (String(v).split('.')[1] ?? '').length)));
  return Number(sum.toFixed(digits));
}
