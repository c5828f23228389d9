// @vitest-environment node
// Server rendering (Next.js App Router, Remix, plain renderToString): the browser entry must
// import in Node without a DOM, and the widget must render its waiting state on the server.
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

const WAITING_EN = 'Complete the analysis in the Legit.Health window; the report will appear here.';
const WAITING_ES = 'Complete el análisis en la ventana de Legit.Health; el informe aparecerá aquí.';

/**
 * The widget's root in server HTML: a <section> with an aria-label (a landmark region), its
 * attributes and text. Plain string reading: there is no DOM here, on purpose.
 */
function readRegion(html: string, name = 'Diagnostic report'): { attributes: string; text: string } {
  const match = /^<section\b([^>]*)>([\s\S]*)<\/section>$/.exec(html);
  if (!match) throw new Error(`the output is not one <section>: ${html.slice(0, 120)}`);
  const attributes = match[1] ?? '';
  if (!attributes.includes(` aria-label="${name}"`))
    throw new Error(`the section is not named "${name}": ${attributes}`);
  const text = (match[2] ?? '')
    .replace(/<[^>]*>/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return { attributes, text };
}

/** Text of the polite live region (role="status") inside the server HTML. */
function statusText(html: string): string {
  const match = /<p\b[^>]*role="status"[^>]*>([\s\S]*?)<\/p>/.exec(html);
  if (!match) throw new Error('no role="status" element');
  return match[1] ?? '';
}

describe('browser entry on the server', () => {
  it('runs in an environment without a DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('imports without throwing and exposes the components; the parser is its own entry', async () => {
    const entry = await import('../../../src/index');
    expect(typeof entry.LegitReportViewer).toBe('function');
    expect(typeof entry.LegitReportView).toBe('function');
    expect('parseDiagnosticReport' in entry).toBe(false);
    const parser = await import('../../../src/report/index');
    expect(typeof parser.parseDiagnosticReport).toBe('function');
  });

  it('renderToString yields the waiting state inside the "Diagnostic report" region', async () => {
    const { LegitReportViewer } = await import('../../../src/index');
    const html = renderToString(createElement(LegitReportViewer, { proxyUrl: '/api/legit' }));
    const region = readRegion(html);
    expect(region.text).toContain(WAITING_EN);
    // Waiting, not loading or failed: no busy flag and no alert.
    expect(region.attributes).not.toContain('aria-busy');
    expect(html).not.toContain('role="alert"');
  });

  it('a language other than English renders once its labels are loaded (await loadLabels on the server)', async () => {
    const { LegitReportViewer, loadLabels } = await import('../../../src/index');
    const before = renderToString(createElement(LegitReportViewer, { proxyUrl: '/api/legit', locale: 'es' }));
    // Not loaded yet: a busy, empty frame rather than English text in a Spanish page.
    expect(readRegion(before).attributes).toContain('aria-busy="true"');
    expect(before).not.toContain(WAITING_EN);
    await loadLabels('es');
    const html = renderToString(createElement(LegitReportViewer, { proxyUrl: '/api/legit', locale: 'es' }));
    expect(readRegion(html, 'Informe diagnóstico').text).toContain(WAITING_ES);
  });

  it('a controlled reportId renders the loading state on the server, without fetching', async () => {
    const { LegitReportViewer } = await import('../../../src/index');
    let fetched = 0;
    const fetchReport = async (): Promise<unknown> => {
      fetched += 1;
      return {};
    };
    const html = renderToString(
      createElement(LegitReportViewer, {
        reportId: 'nZL7FJQsV0qXwwv78VJNE/n7QdKRmIlM9rJqepmrhk7gob1D7/a4nHuIPhd+mzU=',
        fetchReport,
      }),
    );
    const region = readRegion(html);
    expect(region.text).not.toContain(WAITING_EN);
    expect(region.attributes).toContain('aria-busy="true"');
    expect(fetched).toBe(0);
  });

  it('renderToString of a parsed report sends the loading skeleton (the report body loads in the browser)', async () => {
    const { LegitReportView } = await import('../../../src/index');
    const { parseDiagnosticReport } = await import('../../../src/report/index');
    const raw: unknown = JSON.parse(
      readFileSync(new URL('../../../fixtures/raw-v3-acne.json', import.meta.url), 'utf8'),
    );
    const report = parseDiagnosticReport(raw);
    const html = renderToString(createElement(LegitReportView, { report }));
    const region = readRegion(html);
    expect(region.attributes).toContain('aria-busy="true"');
    expect(html).toContain('lrv-skeleton');
    expect(statusText(html)).toBe('');
  });
});
