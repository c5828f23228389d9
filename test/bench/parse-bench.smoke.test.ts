// Keeps bench/parse.bench.ts runnable: a very short run must measure every input, and every input must
// be a clean report (the bench refuses one the parser warns about, so a generator that drifts from the
// parser's rules breaks here, not in `npm run bench`). Speed itself is never asserted.
import { describe, expect, it } from 'vitest';
import { runParseBench } from '../../bench/parse.bench.ts';

describe('runParseBench', () => {
  it('measures the three fixtures and the large synthetic report in each shape', async () => {
    const results = await runParseBench({ budgetMs: 25 });
    expect(results.map((r) => r.name)).toEqual([
      'fixture raw v2 (raw-acne)',
      'fixture raw v3 (raw-v3-acne)',
      'fixture FHIR (fhir-psoriasis)',
      'large synthetic, raw v2',
      'large synthetic, raw v3',
      'large synthetic, FHIR',
    ]);
    for (const { opsPerSec } of results) expect(opsPerSec).toBeGreaterThan(0);
  }, 30_000);
});
