/**
 * Render, in Chromium: the large synthetic report (300 conclusions, 25 scoring systems, 40
 * images) rendered from the model with <LegitReportView>, React's production build. Each run
 * mounts into a fresh container and unmounts after; warm-up runs load the lazy chunks first.
 *
 *   npx tsx bench/render.bench.ts        prints the figures
 *   import { runRenderBench } from ...   returns them
 */
import { pathToFileURL } from 'node:url';
import type { RenderApi, RenderRun } from './pages/bench-api.ts';
import { launchBenchBrowser, openOfflinePage } from './pages/browser.ts';
import { startBenchSite, type BenchSite } from './pages/site.ts';
import { summarize, type Summary } from './pages/stats.ts';

export interface RenderFigures {
  runs: number;
  counts: RenderApi['counts'];
  /** createRoot().render inside flushSync → commit. */
  commit: Summary;
  /** → conclusions table in the DOM. */
  report: Summary;
  /** → the next frame (style, layout, paint). */
  frame: Summary;
  /** → the lazy chart's SVG in the DOM (runs where it appeared). */
  chart: Summary;
  /** → the footer (the last part) in the DOM, and the frame after it. */
  settled: Summary;
  /** Cumulative layout shift per run (sum of layout-shift entries). */
  cls: Summary;
}

export interface RenderBenchOptions {
  runs?: number;
  warmup?: number;
  site?: BenchSite;
}

// Callbacks passed to page.evaluate run in the page: they can use only their own arguments.
type PageApi = { __lrvBench?: RenderApi };

export async function runRenderBench(options: RenderBenchOptions = {}): Promise<RenderFigures> {
  const runs = options.runs ?? 15;
  const warmup = options.warmup ?? 3;
  const site = options.site ?? (await startBenchSite());
  const browser = await launchBenchBrowser();
  try {
    const page = await openOfflinePage(browser);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${site.portalOrigin}/render.html`);
    await page.waitForFunction(() => (window as PageApi).__lrvBench !== undefined);
    const counts = await page.evaluate(() => (window as PageApi).__lrvBench!.counts);
    const settle = () =>
      page
        .evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 500 })))
        .then(() => page.waitForTimeout(100));

    const samples: RenderRun[] = [];
    for (let i = 0; i < warmup + runs; i++) {
      await settle();
      const run = await page.evaluate(() => (window as PageApi).__lrvBench!.renderOnce());
      if (i >= warmup) samples.push(run);
    }
    if (pageErrors.length > 0) throw new Error(`page errors: ${pageErrors.join(' | ')}`);
    return {
      runs,
      counts,
      commit: summarize(samples.map((s) => s.commitMs)),
      report: summarize(samples.map((s) => s.reportMs)),
      frame: summarize(samples.map((s) => s.frameMs)),
      chart: summarize(samples.flatMap((s) => (s.chartMs === null ? [] : [s.chartMs]))),
      settled: summarize(samples.map((s) => s.settledMs)),
      cls: summarize(samples.map((s) => s.cls)),
    };
  } finally {
    await browser.close();
    if (!options.site) await site.close();
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const f = await runRenderBench();
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const line = (name: string, s: Summary) =>
    `${name.padEnd(30)} median ${ms(s.median)}  p10 ${ms(s.p10)}  p90 ${ms(s.p90)}  (n=${s.runs})`;
  console.log(
    `render: ${f.counts.conclusions} conclusions, ${f.counts.scoringSystems} scoring systems, ${f.counts.images} images`,
  );
  console.log(line('render → commit (flushSync)', f.commit));
  console.log(line('render → conclusions in DOM', f.report));
  console.log(line('render → next frame', f.frame));
  console.log(line('render → chart SVG in DOM', f.chart));
  console.log(line('render → settled (footer + frame)', f.settled));
  console.log(`layout shift per run: median ${f.cls.median.toFixed(4)}, max ${f.cls.max.toFixed(4)}`);
}
