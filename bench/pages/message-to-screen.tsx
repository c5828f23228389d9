// Message-to-screen page: the widget as a portal mounts it, beside a cross-origin "iframe".
// The driver posts `analysis_completed` from that iframe; this page times, with its own clock,
// from the message's arrival to the conclusions table on screen, and the floor (a bare fetch +
// JSON.parse of the same URL) for comparison.
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { LegitReportViewer } from '../../src/index';
// As a portal does (`import 'legit-report-viewer/styles.css'`): the entry's own CSS import only feeds the library build.
import '../../src/viewer/styles.css';
import type { MessageRun, MessageToScreenApi } from './bench-api';

const TIMEOUT_MS = 15_000;
const params = new URLSearchParams(window.location.search);
const senderOrigin = params.get('sender');
if (!senderOrigin) throw new Error('missing ?sender=<origin of the simulated iframe>');

const iframe = document.getElementById('sender');
const container = document.getElementById('root');
if (!(iframe instanceof HTMLIFrameElement) || !container) throw new Error('the page lacks #sender or #root');
iframe.src = `${senderOrigin}/sender.html`;
const iframeRef = { current: iframe };

let root: Root | null = null;
let listening = false;

/** Resolves when `ready()` holds, checked after every DOM change under the root. */
function whenDom<T>(ready: () => T | null): Promise<T> {
  return new Promise((resolve, reject) => {
    const now = ready();
    if (now !== null) return resolve(now);
    const timer = window.setTimeout(() => {
      observer.disconnect();
      reject(new Error('timed out waiting for the widget'));
    }, TIMEOUT_MS);
    const observer = new MutationObserver(() => {
      const value = ready();
      if (value === null) return;
      observer.disconnect();
      window.clearTimeout(timer);
      resolve(value);
    });
    observer.observe(container as HTMLElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  });
}

const visibleTable = (): HTMLTableElement | null => {
  const table = container.querySelector<HTMLTableElement>('table.lrv-conclusions');
  return table && table.querySelector('tbody tr') && table.checkVisibility() ? table : null;
};

const api: MessageToScreenApi = {
  async mount() {
    root?.unmount();
    root = createRoot(container);
    // No queryClient prop: each mount makes its own private client, so every run fetches.
    const element = <LegitReportViewer proxyUrl="/api/legit" allowedOrigins={[senderOrigin]} iframeRef={iframeRef} />;
    flushSync(() => root?.render(element));
    await whenDom(() => container.querySelector('.lrv-waiting'));
  },
  armed: () => listening,
  arm() {
    performance.clearResourceTimings();
    let messageAt: number | null = null;
    // Capture phase on window: runs before the widget's own listener sees the message.
    const onMessage = (event: MessageEvent) => {
      if (event.origin === senderOrigin && messageAt === null) messageAt = performance.now();
    };
    window.addEventListener('message', onMessage, { capture: true });
    listening = true;
    return whenDom(() => (messageAt !== null ? visibleTable() : null))
      .then((): MessageRun => {
        const shownAt = performance.now();
        const entry = performance
          .getEntriesByType('resource')
          .find((e): e is PerformanceResourceTiming => e.name.includes('/api/legit/anonymous-diagnostic-reports/'));
        return {
          toScreenMs: shownAt - (messageAt ?? shownAt),
          fetchMs: entry ? entry.responseEnd - entry.startTime : null,
          url: entry ? entry.name : null,
        };
      })
      .finally(() => {
        listening = false;
        window.removeEventListener('message', onMessage, { capture: true });
      });
  },
  async floor(url) {
    const start = performance.now();
    const response = await fetch(url, { headers: { accept: 'application/json' }, cache: 'no-store' });
    const value: unknown = JSON.parse(await response.text());
    const elapsed = performance.now() - start;
    if (!response.ok || value === null || typeof value !== 'object')
      throw new Error(`floor fetch answered ${response.status}`);
    return elapsed;
  },
};
window.__lrvBench = api;
