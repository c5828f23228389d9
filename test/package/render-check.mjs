// Renders the consumer's built app in the system Chromium (never a downloaded one) and checks
// what a portal developer would see: the waiting state, a report from `fetchReport`, and that
// a strict Content-Security-Policy page reports no violation.
/* global window, document, getComputedStyle -- used inside callbacks that run in the page */
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../support/chromium.mjs';

export const WAITING_TEXT = 'Complete the analysis in the Legit.Health window; the report will appear here.';
const UI_TIMEOUT = 15_000;

export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/**
 * A page that records page errors, console errors and CSP violations, and never leaves the
 * loopback server (the fixture's image URLs point at the real internet).
 */
export async function openPage(browser, origin) {
  const page = await browser.newPage();
  const pageErrors = [];
  const consoleErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith(`${origin}/`)) return route.continue();
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'offline' });
  });
  // Runs before any page script, outside the page's CSP (it is injected by the driver).
  await page.addInitScript(() => {
    const violations = [];
    Object.defineProperty(window, '__cspViolations', { value: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return { page, pageErrors, consoleErrors };
}

const region = (page) => page.getByRole('region', { name: 'Diagnostic report' });

/** The waiting state is visible, styled by the package's stylesheet, with no page error. */
export async function checkWaitingState(browser, origin) {
  const { page, pageErrors } = await openPage(browser, origin);
  try {
    await page.goto(`${origin}/`);
    await region(page).getByText(WAITING_TEXT).waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    // styles.css reached the page: its custom properties are set on the widget's root.
    const accent = await region(page).evaluate((el) => getComputedStyle(el).getPropertyValue('--lrv-accent').trim());
    if (accent === '') throw new Error('legit-report-viewer/styles.css did not apply (no --lrv-accent on the region)');
    if (pageErrors.length > 0) throw new Error(`page errors: ${pageErrors.join(' | ')}`);
    return `region "Diagnostic report" shows the waiting text; styles applied (--lrv-accent ${accent})`;
  } finally {
    await page.close();
  }
}

/** `reportId` + `fetchReport` (the raw v3 fixture) render the acne report with 99.65%. */
export async function checkReport(browser, origin) {
  const { page, pageErrors } = await openPage(browser, origin);
  try {
    await page.goto(`${origin}/?mode=report`);
    const top = region(page).getByText('99.65%', { exact: true }).first();
    await top.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    const text = (await region(page).textContent()) ?? '';
    if (!text.includes('Acne')) throw new Error('the report does not name Acne');
    const conclusions = await page.evaluate(() => document.documentElement.dataset.conclusions ?? '');
    if (conclusions === '' || Number(conclusions) < 1)
      throw new Error('onReport was not called with the parsed report');
    if (pageErrors.length > 0) throw new Error(`page errors: ${pageErrors.join(' | ')}`);
    return `"99.65%" visible; onReport got ${conclusions} conclusions`;
  } finally {
    await page.close();
  }
}

/**
 * Under `script-src 'self'; style-src 'self'` the report (with its lazily loaded chart) renders
 * and the page reports no CSP violation. `cspOrigin` serves the same build with that header.
 */
export async function checkStrictCsp(browser, cspOrigin) {
  const { page, pageErrors, consoleErrors } = await openPage(browser, cspOrigin);
  try {
    const response = await page.goto(`${cspOrigin}/?mode=report`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    if (!policy.includes("script-src 'self'"))
      throw new Error(`the page was not served with the strict CSP (got "${policy}")`);
    await region(page).getByText('99.65%', { exact: true }).first().waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    // The chart is a lazy chunk: wait for its SVG so its scripts and styles are covered too.
    await region(page).locator('.lrv-chart svg').first().waitFor({ state: 'attached', timeout: UI_TIMEOUT });
    // Violation events are dispatched asynchronously; let any pending one arrive.
    await page.waitForTimeout(300);
    const violations = await page.evaluate(() => [...(window.__cspViolations ?? [])]);
    const cspConsole = consoleErrors.filter((text) => /Content Security Policy/i.test(text));
    const problems = [...violations, ...cspConsole, ...pageErrors.map((m) => `page error: ${m}`)];
    if (problems.length > 0) throw new Error(`CSP problems:\n${problems.join('\n')}`);
    return `report and chart rendered under "${policy}", no violation`;
  } finally {
    await page.close();
  }
}
