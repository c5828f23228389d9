// A lazy chunk of the widget that fails to load, in the consumer's built app with real
// import()s: Chromium aborts the requests for the app's JavaScript once the page has loaded,
// as a flaky hospital network or a deploy that renamed the chunks would. The widget must show
// the error state in its own words with a Retry, let nothing reach the page as an uncaught
// error or unhandled rejection, and show the report once Retry runs on a working network.
/* global window, document -- used inside callbacks that run in the page */
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';
import { CONSUMER_REPORT_ID } from './consumer-app.mjs';

const IFRAME_ORIGIN = 'https://iframe.legit.health';
const CHUNK_WORDS = 'Part of the viewer could not be loaded. Check the connection and try again.';
const UI_TIMEOUT = 15_000;

/**
 * The consumer app in its waiting mode (proxy `/api/legit`, default allowed origin) beside a
 * stand-in Legit.Health iframe; the proxy's answer is the fixture.
 */
async function openPortal(browser, origin, reportJson) {
  const page = await browser.newPage();
  const network = { blocked: false, aborted: [] };
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    const seen = [];
    Object.defineProperty(window, '__unhandled', { value: seen });
    window.addEventListener('unhandledrejection', (event) => seen.push(String(event.reason)));
    window.addEventListener('error', (event) => seen.push(String(event.message)));
  });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === IFRAME_ORIGIN) {
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Legit.Health stand-in</title>' });
    }
    // The fixture's image URLs point at the real internet.
    if (url.origin !== origin) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'offline' });
    if (url.pathname.startsWith('/api/legit/'))
      return route.fulfill({ contentType: 'application/json', body: reportJson });
    if (network.blocked && url.pathname.endsWith('.js')) {
      network.aborted.push(url.pathname);
      return route.abort('internetdisconnected');
    }
    return route.continue();
  });
  await page.goto(`${origin}/`);
  const region = page.getByRole('region', { name: 'Diagnostic report' });
  await region.getByText('Complete the analysis').waitFor({ state: 'visible', timeout: UI_TIMEOUT });
  await page.evaluate((src) => {
    const iframe = document.createElement('iframe');
    iframe.src = src;
    iframe.title = 'Legit.Health';
    document.body.append(iframe);
    return new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  }, `${IFRAME_ORIGIN}/`);
  const iframe = page.frames().find((frame) => frame.url().startsWith(IFRAME_ORIGIN));
  if (!iframe) throw new Error('the stand-in iframe did not load');
  const post = (message) => iframe.evaluate((data) => window.parent.postMessage(data, '*'), message);
  return { page, region, network, pageErrors, post };
}

/** The error state in the chunk's words, its Retry, a working network again, then the report. */
async function expectErrorThenRetry({ page, region, network, pageErrors }) {
  const alert = region.getByRole('alert');
  await alert.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
  const text = (await alert.textContent()) ?? '';
  if (!text.includes(CHUNK_WORDS)) throw new Error(`the error state reads "${text}", not the chunk's words`);
  if (network.aborted.length === 0) throw new Error('no chunk request was blocked: the check proves nothing');
  const blockedCount = network.aborted.length;
  network.blocked = false;
  await region.getByRole('button', { name: 'Try again' }).click();
  await region.getByText('99.65%', { exact: true }).first().waitFor({ state: 'visible', timeout: UI_TIMEOUT });
  const unhandled = await page.evaluate(() => [...window.__unhandled]);
  const problems = [...pageErrors.map((m) => `page error: ${m}`), ...unhandled.map((m) => `in the page: ${m}`)];
  if (problems.length > 0) throw new Error(`errors reached the page:\n${problems.join('\n')}`);
  return blockedCount;
}

/**
 * Two cases, each on a fresh page: every chunk blocked when the analysis completes (the
 * labels fail first), and the report body alone failing (the labels are already there,
 * loaded for a rejected-photo notice, so React.lazy meets the failed import).
 */
export async function checkChunkFailure(browser, origin, fixturePath) {
  const reportJson = readFileSync(fixturePath, 'utf8');
  const completed = { message: 'analysis_completed', id: CONSUMER_REPORT_ID };
  const results = [];

  const first = await openPortal(browser, origin, reportJson);
  try {
    first.network.blocked = true;
    await first.post(completed);
    results.push(`all chunks blocked: ${await expectErrorThenRetry(first)} requests aborted`);
  } finally {
    await first.page.close();
  }

  const second = await openPortal(browser, origin, reportJson);
  try {
    await second.post({ message: 'image_rejected', id: CONSUMER_REPORT_ID, payload: ['blurry'] });
    await second.region.getByText(/did not accept the last photo/).waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    second.network.blocked = true;
    await second.post(completed);
    results.push(`report body blocked: ${await expectErrorThenRetry(second)} requests aborted`);
  } finally {
    await second.page.close();
  }
  return `${results.join('; ')}; each time the chunk's words and Retry, then the report, 0 page errors`;
}
