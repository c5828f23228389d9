// Render page: the large synthetic report (300 conclusions, 25 scoring systems, 40 images)
// rendered from the model with <LegitReportView>, timed from createRoot().render.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { LegitReportView } from '../../src/index';
// As a portal does (`import 'legit-report-viewer/styles.css'`): the entry's own CSS import only feeds the library build.
import '../../src/viewer/styles.css';
import { largeSyntheticReport } from '../../test/support/report-arbitraries';
import type { RenderApi, RenderRun } from './bench-api';

const TIMEOUT_MS = 15_000;
const report = largeSyntheticReport();

/** Resolves with the time `selector` appears under `node` (null after the timeout). */
function appearance(node: HTMLElement, selector: string): Promise<number | null> {
  return new Promise((resolve) => {
    if (node.querySelector(selector)) return resolve(performance.now());
    const timer = window.setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, TIMEOUT_MS);
    const observer = new MutationObserver(() => {
      if (!node.querySelector(selector)) return;
      observer.disconnect();
      window.clearTimeout(timer);
      resolve(performance.now());
    });
    observer.observe(node, { childList: true, subtree: true });
  });
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => window.setTimeout(resolve, 0)));

/** Sums the layout shifts reported while it runs (none are caused by input here). */
function watchLayoutShifts(): { stop(): number } {
  let total = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
      if (!entry.hadRecentInput) total += entry.value;
    }
  });
  observer.observe({ type: 'layout-shift' });
  return {
    stop() {
      for (const entry of observer.takeRecords() as Array<PerformanceEntry & { value: number }>) total += entry.value;
      observer.disconnect();
      return total;
    },
  };
}

const api: RenderApi = {
  counts: {
    conclusions: report.conclusions.length,
    scoringSystems: report.scoringSystems.length,
    images: report.observations.length,
  },
  async renderOnce(): Promise<RenderRun> {
    const container = document.createElement('div');
    container.style.width = '960px';
    document.body.append(container);
    const shifts = watchLayoutShifts();
    const start = performance.now();
    const root = createRoot(container);
    flushSync(() => root.render(<LegitReportView report={report} />));
    const commitAt = performance.now();
    // Both watchers start now, so each records its own moment whatever is awaited first.
    const reportSeen = appearance(container, 'table.lrv-conclusions tbody tr');
    const chartSeen = appearance(container, '.lrv-chart svg');
    const footerSeen = appearance(container, '.lrv-footer');
    const reportAt = await reportSeen;
    if (reportAt === null) throw new Error('the conclusions table never appeared');
    await nextFrame();
    const frameAt = performance.now();
    const chartAt = await chartSeen;
    if ((await footerSeen) === null) throw new Error('the report never settled (no footer)');
    await nextFrame();
    const settledAt = performance.now();
    // One more frame, so a shift caused by the last insertion is reported.
    await nextFrame();
    const cls = shifts.stop();
    root.unmount();
    container.remove();
    return {
      commitMs: commitAt - start,
      reportMs: reportAt - start,
      frameMs: frameAt - start,
      chartMs: chartAt === null ? null : chartAt - start,
      settledMs: settledAt - start,
      cls,
    };
  },
};
window.__lrvBench = api;
