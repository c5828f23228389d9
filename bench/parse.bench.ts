/**
 * Parse throughput: reports per second for each published fixture and for the
 * large synthetic report (300 conclusions, 25 scoring systems, 40 observations)
 * in each shape. Input is already-decoded JSON; the figure is the parser alone.
 *
 *   npx tsx bench/parse.bench.ts
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseDiagnosticReport } from '../src/report/index';
import { largeSyntheticReport } from '../test/support/report-arbitraries';
import { writeFhir, writeRawV2, writeRawV3 } from '../fixtures/wire/writers';

export interface ParseBenchResult {
  name: string;
  opsPerSec: number;
}

const fixture = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8'));

function cases(): Array<{ name: string; input: unknown }> {
  const large = largeSyntheticReport();
  // Through JSON, so the parser sees exactly what a fetch would hand it.
  const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
  return [
    { name: 'fixture raw v2 (raw-acne)', input: fixture('raw-acne.json') },
    { name: 'fixture raw v3 (raw-v3-acne)', input: fixture('raw-v3-acne.json') },
    { name: 'fixture FHIR (fhir-psoriasis)', input: fixture('fhir-psoriasis.json') },
    { name: 'large synthetic, raw v2', input: wire(writeRawV2(large)) },
    { name: 'large synthetic, raw v3', input: wire(writeRawV3(large)) },
    { name: 'large synthetic, FHIR', input: wire(writeFhir(large)) },
  ];
}

/** Runs `parse` in batches for about `ms`; returns operations per second. */
function sample(input: unknown, ms: number): number {
  let ops = 0;
  let batch = 1;
  let warnings = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < batch; i++) warnings += parseDiagnosticReport(input).warnings.length;
    ops += batch;
    elapsed = performance.now() - start;
    if (elapsed < ms / 20) batch *= 2;
  }
  if (warnings !== 0) throw new Error('a benchmark input produced warnings; it must be a clean report');
  return (ops * 1000) / elapsed;
}

/** A warm-up (so the JIT has compiled the parser), then the median of five samples: the machine may be shared. */
function measure(input: unknown, budgetMs: number): number {
  sample(input, budgetMs / 4);
  const samples = Array.from({ length: 5 }, () => sample(input, budgetMs / 5)).sort((x, y) => x - y);
  return samples[2] ?? 0;
}

export async function runParseBench(options: { budgetMs?: number } = {}): Promise<ParseBenchResult[]> {
  const budgetMs = options.budgetMs ?? 1000;
  const results: ParseBenchResult[] = [];
  for (const { name, input } of cases()) {
    results.push({ name, opsPerSec: measure(input, budgetMs) });
    // Yield between cases so a caller's event loop (timers, output) keeps running.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return results;
}

function printTable(results: ParseBenchResult[]): void {
  const width = Math.max(...results.map((r) => r.name.length));
  console.log(`${'case'.padEnd(width)}  ${'reports/s'.padStart(12)}  ${'µs/report'.padStart(10)}`);
  for (const { name, opsPerSec } of results) {
    const perOp = 1e6 / opsPerSec;
    console.log(
      `${name.padEnd(width)}  ${Math.round(opsPerSec).toLocaleString('en-US').padStart(12)}  ${perOp.toFixed(1).padStart(10)}`,
    );
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  printTable(await runParseBench());
}
