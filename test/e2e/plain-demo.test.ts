// The plain-HTML demo page (/plain.html): the custom elements with the demo's simulated iframe
// on its own origin, its proxy and mock upstream, in real Chromium. One walk through it.
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../support/chromium.mjs';

const UI_TIMEOUT = 30_000;
let server: ViteDevServer;
let browser: Browser;
let pageUrl: string;

beforeAll(async () => {
  server = await createServer({
    configFile: resolve(import.meta.dirname, '../../vite.demo.config.ts'),
    root: resolve(import.meta.dirname, '../..'),
    logLevel: 'silent',
    server: { port: 0, strictPort: false, host: 'localhost', watch: null },
  });
  await server.listen();
  const local = server.resolvedUrls?.local[0];
  if (!local) throw new Error('the demo server did not report its URL');
  pageUrl = new URL('/plain.html', local).href;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('a finished analysis in the simulated iframe shows the report in <legit-report-viewer>; Español re-renders', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pageUrl);
  const frame = page.frameLocator('legit-iframe iframe');
  await frame.getByRole('radio', { name: /^Acne \(raw v3\)/ }).check({ timeout: 90_000 });
  await frame.getByRole('button', { name: 'Finish the analysis' }).click();

  const region = page.getByRole('region', { name: 'Diagnostic report' });
  const topRow = region.getByRole('row', { name: /^Acne ED80/ });
  await topRow.waitFor({ timeout: UI_TIMEOUT });
  expect(await topRow.textContent()).toContain('99.65%');
  const log = page.getByRole('region', { name: 'Events from the element' });
  await log.getByText(/legit-report: 2 conclusions$/).waitFor({ timeout: UI_TIMEOUT });
  expect(await log.textContent()).toMatch(/legit-report-id: \S{8,}/);

  await page.getByLabel('Language').selectOption('es');
  await page.getByRole('region', { name: 'Informe diagnóstico' }).waitFor({ timeout: UI_TIMEOUT });
  expect(errors).toEqual([]);
  await page.close();
});
