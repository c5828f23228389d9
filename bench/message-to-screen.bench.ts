/**
 * Message to screen, in Chromium: from the `analysis_completed` message (posted by a window on
 * another origin, as Legit.Health's iframe does) to the report's conclusions table visible,
 * through the proxy and the mock S2S upstream on loopback. Each run mounts a fresh widget (its
 * own query cache), so each run fetches. The floor is measured in the same page, interleaved
 * with the runs: a bare `fetch` + `JSON.parse` of the very URL the widget requested.
 *
 *   npx tsx bench/message-to-screen.bench.ts      prints the figures
 *   import { runMessageToScreenBench } from ...   returns them
 */
import { pathToFileURL } from 'node:url';
import { findCaseByKey } from '../demo/cases/cases.ts';
import type { MessageRun, MessageToScreenApi } from './pages/bench-api.ts';
import { launchBenchBrowser } from './pages/browser.ts';
import { startBenchSite, type BenchSite } from './pages/site.ts';
import { summarize, type Summary } from './pages/stats.ts';

export interface MessageToScreenFigures {
  caseLabel: string;
  runs: number;
  /** Message arrival → conclusions table visible. */
  toScreen: Summary;
  /** The widget's own report request (resource timing), for the breakdown. */
  fetch: Summary;
  /** Bare fetch + JSON.parse of the same URL, same page. */
  floor: Summary;
  /** toScreen.median / floor.median. */
  ratio: number;
  /** Report requests the upstream answered during the measured runs: one per run from the widget, one per floor. */
  upstreamReportRequests: number;
}

export interface MessageToScreenOptions {
  runs?: number;
  warmup?: number;
  /** Demo case to post (default the raw v3 acne case). */
  caseKey?: string;
  /** A site already started (shares one build with the render bench). */
  site?: BenchSite;
}

// Callbacks passed to page.evaluate run in the page: they can use only their own arguments.
type PageApi = { __lrvBench?: MessageToScreenApi };

export async function runMessageToScreenBench(options: MessageToScreenOptions = {}): Promise<MessageToScreenFigures> {
  const runs = options.runs ?? 25;
  const warmup = options.warmup ?? 3;
  const demoCase = findCaseByKey(options.caseKey ?? 'acne');
  if (!demoCase) throw new Error(`no demo case "${options.caseKey}"`);
  const site = options.site ?? (await startBenchSite());
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${site.portalOrigin}/message-to-screen.html?sender=${encodeURIComponent(site.senderOrigin)}`);
    await page.waitForFunction(() => (window as PageApi).__lrvBench !== undefined);
    const frame = page.frames().find((f) => f.url().startsWith(`${site.senderOrigin}/sender.html`)) ?? null;
    const senderFrame = frame ?? (await (await page.waitForSelector('#sender')).contentFrame());
    if (!senderFrame) throw new Error('the simulated iframe did not load');
    await senderFrame.waitForLoadState('load');

    // Both measurements start from a settled page: the previous run's chart, images and
    // unmount work must not land inside the next timing.
    const settle = () =>
      page
        .evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 500 })))
        .then(() => page.waitForTimeout(100));

    const once = async (): Promise<{ run: MessageRun; floorMs: number }> => {
      await page.evaluate(() => (window as PageApi).__lrvBench!.mount());
      await settle();
      const measured = page.evaluate(() => (window as PageApi).__lrvBench!.arm());
      await page.waitForFunction(() => (window as PageApi).__lrvBench!.armed());
      await senderFrame.evaluate(
        ({ id, target }) => window.parent.postMessage({ message: 'analysis_completed', id }, target),
        { id: demoCase.encryptedId, target: site.portalOrigin },
      );
      const run = await measured;
      if (run.url === null) throw new Error('the widget made no report request');
      await settle();
      const floorMs = await page.evaluate((url) => (window as PageApi).__lrvBench!.floor(url), run.url);
      return { run, floorMs };
    };

    for (let i = 0; i < warmup; i++) await once();
    const before = site.upstream.requests.length;
    const samples: Array<{ run: MessageRun; floorMs: number }> = [];
    for (let i = 0; i < runs; i++) samples.push(await once());
    const upstreamRequests = site.upstream.requests
      .slice(before)
      .filter((r) => r.url.includes('/anonymous-diagnostic-reports/'));
    if (pageErrors.length > 0) throw new Error(`page errors: ${pageErrors.join(' | ')}`);

    const toScreen = summarize(samples.map((s) => s.run.toScreenMs));
    const floor = summarize(samples.map((s) => s.floorMs));
    return {
      caseLabel: demoCase.label,
      runs,
      toScreen,
      fetch: summarize(samples.flatMap((s) => (s.run.fetchMs === null ? [] : [s.run.fetchMs]))),
      floor,
      ratio: toScreen.median / floor.median,
      // Widget fetches plus floor fetches: both go through the proxy to the upstream.
      upstreamReportRequests: upstreamRequests.length,
    };
  } finally {
    await browser.close();
    if (!options.site) await site.close();
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const f = await runMessageToScreenBench();
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const line = (name: string, s: Summary) =>
    `${name.padEnd(34)} median ${ms(s.median)}  p10 ${ms(s.p10)}  p90 ${ms(s.p90)}  (n=${s.runs})`;
  console.log(`message → screen, ${f.caseLabel}, ${f.runs} runs`);
  console.log(line('message → conclusions visible', f.toScreen));
  console.log(line('  of which the report request', f.fetch));
  console.log(line('floor: fetch + JSON.parse', f.floor));
  console.log(
    `ratio (median / floor median): ${f.ratio.toFixed(2)}×; upstream report requests: ${f.upstreamReportRequests}`,
  );
}
