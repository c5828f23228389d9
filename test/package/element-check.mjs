// `legit-report-viewer/element` as a portal without React receives it: the packed tarball,
// unpacked as a CDN would serve it, on a plain HTML page (no build step, no import map) with a
// strict Content-Security-Policy header and a page stylesheet that hides and recolours all it
// can; the Legit.Health iframe simulated on a second origin, a forger on a third. Real
// Chromium through playwright-core. Called once from scripts/package-checks.mjs.
/* global window, document, getComputedStyle, customElements, axe, setTimeout -- in the page, and Node timers */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../support/chromium.mjs';
import { STRICT_CSP, startElementSite } from './element-site.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const exec = promisify(execFile);
const UI_TIMEOUT = 15_000;
const REPORT_ID = 'nZL7FJQsV0qXwwv78VJNE/n7QdKRmIlM9rJqepmrhk7gob1D7/a4nHuIPhd+mzU=';
const FORGED_ID = 'cUVHY3lUcEFSdzdhVklrMXFKS2k5ZzBxaHBYWXNERTNFWjBq';
const DELAYED_ID = 'ZGVsYXllZFJlcG9ydElkMTIzNDU2Nzg5MA==';
const LATE_ID = '0189bafa-0610-7349-a0ab-eb53695b27fd';
const completed = (id) => ({ message: 'analysis_completed', id });

// A host's TypeScript without React: the tag and event maps must type everything.
const hostTs = `import 'legit-report-viewer/element';
import type { DiagnosticReport, LegitReportViewerElement, MessageRejectionReason } from 'legit-report-viewer/element';

const viewer: LegitReportViewerElement = document.createElement('legit-report-viewer');
viewer.proxyUrl = '/api/legit';
viewer.allowedOrigins = ['https://iframe.legit.health'];
viewer.maxConclusions = 5;
viewer.thresholds = { urgentReferral: 40 };
viewer.addEventListener('legit-report', (event) => {
  const report: DiagnosticReport = event.detail.report;
  console.log(report.conclusions.length);
});
document.addEventListener('legit-message-rejected', (event) => {
  const reason: MessageRejectionReason = event.detail.reason;
  console.log(reason, event.detail.info.origin);
});
const frame = document.createElement('legit-iframe');
frame.company = 'key';
frame.enableResult = false;
frame.forcedScoringSystems = ['APASI'];
console.log(frame.iframe?.src, frame.contentWindow);
// @ts-expect-error -- no such event: a plain Event has no detail
document.addEventListener('legit-unknown', (event) => event.detail);
// @ts-expect-error -- theme is light, dark or auto
viewer.theme = 'sepia';
`;

const wait = (ms) => new Promise((resolvePromise) => setTimeout(resolvePromise, ms));

async function until(what, test) {
  for (let i = 0; i < 150; i += 1) {
    if (await test()) return;
    await wait(100);
  }
  throw new Error(`timed out waiting until ${what}`);
}

async function packAndUnpack(workDir) {
  const { stdout } = await exec('npm', ['pack', '--json', '--pack-destination', workDir], { cwd: ROOT });
  const tarball = join(workDir, JSON.parse(stdout)[0].filename);
  await exec('tar', ['-xzf', tarball, '-C', workDir]);
  return join(workDir, 'package');
}

/** Opens the portal; records page errors, console errors and CSP violations; never leaves loopback. */
async function openPortal(browser, site) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  const allowed = [site.portal, site.legit, site.forger].map((origin) => `${origin}/`);
  await page.route('**/*', (route) =>
    allowed.some((prefix) => route.request().url().startsWith(prefix))
      ? route.continue()
      : route.fulfill({ status: 404, body: 'offline' }),
  );
  await page.addInitScript(() => {
    const violations = [];
    Object.defineProperty(window, '__cspViolations', { value: violations });
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`),
    );
  });
  const response = await page.goto(`${site.portal}/`);
  return { page, problems, policy: response?.headers()['content-security-policy'] ?? '' };
}

const frameOf = (page, origin) => page.frames().find((frame) => frame.url().startsWith(`${origin}/`));
const post = (frame, message) => frame.evaluate((data) => window.parent.postMessage(data, '*'), message);
const events = (page, type) => page.evaluate((t) => window.__legitEvents.filter((e) => e.type === t), type);
const requestsFor = (site, id) => site.requests.filter((r) => r.id === id);

/** Runs every element check as its own step (`step(name, run)` prints ✓/✗). */
export async function elementChecks(step) {
  const workDir = mkdtempSync(join(tmpdir(), 'lrv-element-'));
  let site = null;
  let browser = null;
  try {
    let packageDir = '';
    const unpacked = await step('element: the tarball has dist/element.js, its lazy chunks and types', async () => {
      packageDir = await packAndUnpack(workDir);
      const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
      const entry = manifest.exports['./element'];
      if (entry?.types !== './dist/element.d.ts' || entry?.default !== './dist/element.js')
        throw new Error(`exports["./element"] is ${JSON.stringify(entry)}`);
      // Minified: `from"./element/x.js"` and import(`./element/x.js`).
      const files = [];
      const queue = ['element.js'];
      const lazy = new Set();
      while (queue.length > 0) {
        const file = queue.shift();
        if (files.includes(file)) continue;
        files.push(file);
        const code = readFileSync(join(packageDir, 'dist', file), 'utf8');
        const base = dirname(file);
        for (const [, specifier] of code.matchAll(/\bfrom\s*["'`]([^"'`]+)["'`]/g)) {
          if (!specifier.startsWith('./') && !specifier.startsWith('../'))
            throw new Error(`${file} imports "${specifier}": a page without a bundler cannot resolve it`);
          if (specifier.endsWith('/element.js')) throw new Error(`${file} imports element.js back`);
          queue.push(join(base, specifier));
        }
        for (const [, specifier] of code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
          lazy.add(join(base, specifier));
          queue.push(join(base, specifier));
        }
      }
      if (lazy.size === 0) throw new Error('element.js loads no lazy chunk');
      return `${files.length} files, ${lazy.size} of them lazy; only relative imports, none back to element.js`;
    });
    if (!unpacked) return;

    await step('element: a TypeScript host without React types the tags, properties and events', async () => {
      const host = join(workDir, 'ts-host');
      mkdirSync(join(host, 'node_modules'), { recursive: true });
      symlinkSync(packageDir, join(host, 'node_modules', 'legit-report-viewer'), 'dir');
      writeFileSync(join(host, 'main.ts'), hostTs);
      const compilerOptions = {
        ...{ strict: true, noEmit: true, skipLibCheck: false, exactOptionalPropertyTypes: true, types: [] },
        ...{ target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM'] },
      };
      writeFileSync(join(host, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['main.ts'] }));
      await exec(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: host }).catch((error) => {
        throw new Error(`${error.stdout}${error.stderr}`.trim());
      });
      return 'strict, skipLibCheck off, no @types/react';
    });

    await step('element: importing dist/element.js in Node (no DOM) does nothing', async () => {
      const url = pathToFileURL(join(packageDir, 'dist', 'element.js')).href;
      const script = `const m = await import(${JSON.stringify(url)}); console.log(typeof m.LegitReportViewerElement, typeof customElements);`;
      const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', script]);
      if (stdout.trim() !== 'function undefined') throw new Error(`printed ${stdout.trim()}`);
      return 'the classes load; no customElements touched';
    });

    site = await startElementSite({
      packageDir,
      fixturePath: join(ROOT, 'fixtures', 'raw-v3-acne.json'),
      hostileCssPath: join(ROOT, 'demo', 'plain', 'hostile.css'),
      axePath: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'),
      imagePath: join(ROOT, 'public', 'samples', 'acne-face.png'),
    });
    site.delayedIds.add(DELAYED_ID);
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const { page, problems, policy } = await openPortal(browser, site);
    const region = (name) => page.getByRole('region', { name });
    await browserSteps(step, { page, site, region, policy });
    await step(`element: no CSP violation, page error or console error under "${STRICT_CSP}"`, async () => {
      await wait(300); // violation events are dispatched asynchronously
      const violations = await page.evaluate(() => [...window.__cspViolations]);
      const all = [...violations, ...problems];
      if (all.length > 0) throw new Error(all.join('\n'));
      return 'none';
    });
  } finally {
    await browser?.close();
    await site?.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

async function browserSteps(step, { page, site, region, policy }) {
  await step('element: plain page, strict CSP header, hostile stylesheet: the widget waits, visible', async () => {
    if (policy !== STRICT_CSP) throw new Error(`served with "${policy}"`);
    await region('Diagnostic report')
      .getByText('Complete the analysis in the Legit.Health window', { exact: false })
      .waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    const react = await page.evaluate(() => 'React' in window || document.querySelector('script:not([src])') !== null);
    if (react) throw new Error('the page has React or an inline script of its own');
    return 'region "Diagnostic report" visible';
  });

  await step('element: analysis_completed crosses from the iframe origin; the report shows "99.65%"', async () => {
    await until('the <legit-iframe> frame loads', () => frameOf(page, site.legit) !== undefined);
    await post(frameOf(page, site.legit), completed(REPORT_ID));
    await region('Diagnostic report').getByText('99.65%', { exact: true }).first().waitFor({ timeout: UI_TIMEOUT });
    await region('Diagnostic report')
      .locator('.lrv-chart svg')
      .first()
      .waitFor({ state: 'attached', timeout: UI_TIMEOUT });
    const [heard] = await events(page, 'legit-report-id');
    const [shown] = await events(page, 'legit-report');
    if (heard?.reportId !== REPORT_ID || !heard.composed || !heard.bubbles)
      throw new Error(`legit-report-id: ${JSON.stringify(heard)}`);
    if (!(shown?.conclusions > 0)) throw new Error(`legit-report: ${JSON.stringify(shown)}`);
    const asked = requestsFor(site, REPORT_ID);
    if (asked.length !== 1 || asked[0].locale !== null) throw new Error(`requests: ${JSON.stringify(asked)}`);
    return `${site.legit} → ${site.portal}; legit-report-id and legit-report (${shown.conclusions} conclusions) fired`;
  });

  await step('element: forged analysis_completed from a third origin and from the page itself: ignored', async () => {
    await post(frameOf(page, site.forger), completed(FORGED_ID));
    await page.evaluate((message) => window.postMessage(message, window.location.origin), completed(FORGED_ID));
    await until('both are rejected', async () => (await events(page, 'legit-message-rejected')).length >= 2);
    const rejected = await events(page, 'legit-message-rejected');
    const origins = rejected.map((e) => `${e.reason} ${e.origin}`).sort();
    const expected = [`source ${site.forger}`, `source ${site.portal}`].sort();
    if (JSON.stringify(origins) !== JSON.stringify(expected)) throw new Error(`rejected: ${origins.join(', ')}`);
    if (requestsFor(site, FORGED_ID).length > 0) throw new Error('the forged id was requested');
    await region('Diagnostic report').getByText('99.65%', { exact: true }).first().waitFor({ timeout: UI_TIMEOUT });
    return `rejected (${origins.join('; ')}), no request, the report stays`;
  });

  await step('element: the hostile page stylesheet changes nothing in the widget', async () => {
    const looks = await page.evaluate(() => {
      const host = document.querySelector('legit-report-viewer');
      const root = host.shadowRoot.querySelector('.lrv-root');
      const style = getComputedStyle(root);
      const probe = getComputedStyle(document.querySelector('h1'));
      return {
        page: `${probe.color} ${getComputedStyle(document.documentElement).fontSize}`,
        host: getComputedStyle(host).display,
        root: [style.display, style.visibility, style.opacity, style.color, style.backgroundColor, style.fontSize],
        height: host.getBoundingClientRect().height,
      };
    });
    if (looks.page !== 'rgb(255, 0, 255) 40px')
      throw new Error(`the hostile sheet did not apply to the page: ${looks.page}`);
    const expected = ['block', 'visible', '1', 'rgb(27, 31, 36)', 'rgb(255, 255, 255)', '14px'];
    if (looks.host !== 'block' || JSON.stringify(looks.root) !== JSON.stringify(expected) || looks.height < 300)
      throw new Error(`the widget changed: ${JSON.stringify(looks)}`);
    return `page text recoloured, root font 40px; widget ${looks.root.join(', ')}, ${Math.round(looks.height)} px tall`;
  });

  await step('element: --lrv-* set on the element and theme="dark" reach the built stylesheet', async () => {
    const colours = await page.evaluate(async () => {
      const host = document.querySelector('legit-report-viewer');
      const root = host.shadowRoot.querySelector('.lrv-root');
      host.style.setProperty('--lrv-border', 'rgb(1, 2, 3)'); // CSSOM: allowed under style-src 'self'
      const themed = getComputedStyle(root).borderTopColor;
      host.style.removeProperty('--lrv-border');
      host.setAttribute('theme', 'dark');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const dark = getComputedStyle(root).backgroundColor;
      host.removeAttribute('theme');
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { themed, dark, light: getComputedStyle(root).backgroundColor };
    });
    const expected = { themed: 'rgb(1, 2, 3)', dark: 'rgb(22, 25, 29)', light: 'rgb(255, 255, 255)' };
    if (JSON.stringify(colours) !== JSON.stringify(expected)) throw new Error(JSON.stringify(colours));
    return 'border from --lrv-border; dark background, then light again';
  });

  await step('element: axe-core finds no violation in the widget (open shadow root)', async () => {
    await page.addScriptTag({ url: '/axe.js' });
    const violations = await page.evaluate(async () => {
      const result = await axe.run(document.querySelector('legit-report-viewer'), { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    });
    if (violations.length > 0) throw new Error(violations.join('\n'));
    return 'no violations';
  });

  await step('element: locale="es" re-renders in Spanish and asks for the Spanish report', async () => {
    await page.evaluate(() => document.querySelector('legit-report-viewer').setAttribute('locale', 'es'));
    await region('Informe diagnóstico').getByText('99,65 %', { exact: true }).first().waitFor({ timeout: UI_TIMEOUT });
    if (!requestsFor(site, REPORT_ID).some((r) => r.locale === 'es')) throw new Error('no request with locale=es');
    return 'region "Informe diagnóstico", "99,65 %"';
  });

  await step('element: a second copy of element.js (another URL) is harmless', async () => {
    const same = await page.evaluate(async () => {
      const first = customElements.get('legit-report-viewer');
      const copy = await import('/lrv/element.js?second-copy');
      return copy.LegitReportViewerElement !== first && customElements.get('legit-report-viewer') === first;
    });
    if (!same) throw new Error('the second copy replaced or failed the first definition');
    return 'the first definition stays';
  });

  await step('element: removal aborts the pending request and stops listening', async () => {
    const legit = frameOf(page, site.legit);
    await post(legit, completed(DELAYED_ID));
    await until('the delayed report is requested', () => requestsFor(site, DELAYED_ID).length > 0);
    const before = (await page.evaluate(() => window.__legitEvents.length)) ?? 0;
    await page.evaluate(() => document.querySelector('legit-report-viewer').remove());
    await until('the browser aborts it', () => requestsFor(site, DELAYED_ID).every((r) => r.aborted));
    await post(legit, completed(LATE_ID));
    await wait(500);
    const after = await page.evaluate(() => window.__legitEvents.length);
    if (requestsFor(site, LATE_ID).length > 0) throw new Error('a message after removal made a request');
    if (after !== before) throw new Error(`${after - before} event(s) after removal`);
    return 'request aborted; a later message made no request and no event';
  });
}
