// <legit-report-viewer>: attributes and properties in, events out, in real Chromium.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { page } from 'vitest/browser';
import { LegitReportError } from '../../../src/fetching/errors';
import type { FetchReport } from '../../../src/fetching/request';
import { LegitReportViewerElement } from '../../../src/element/index';
import { fixtureTransport, mountViewer, rawV3Acne, recordEvents, regionOf, REPORT_ID } from './support';

const OTHER_ID = 'cUVHY3lUcEFSdzdhVklrMXFKS2k5ZzBxaHBYWXNERTNFWjBq';
const recorders: Array<{ stop(): void }> = [];
const record = () => {
  const recorder = recordEvents();
  recorders.push(recorder);
  return recorder;
};

afterEach(() => {
  document.body.replaceChildren();
  recorders.splice(0).forEach((r) => r.stop());
});

describe('<legit-report-viewer>', () => {
  test('report-id + fetchReport: the report shows in an open shadow root; legit-report bubbles out of it', async () => {
    const recorder = record();
    const fetchReport = fixtureTransport();
    const element = mountViewer({ 'report-id': REPORT_ID }, { fetchReport });
    expect(element.shadowRoot?.mode).toBe('open');
    await expect.element(page.getByRole('row', { name: /^Acne ED80/ })).toHaveTextContent('99.65%');
    expect(regionOf(element).getAttribute('aria-label')).toBe('Diagnostic report');
    const [reported] = recorder.of('legit-report');
    expect(reported?.detail.report.conclusions[0]?.name).toBe('Acne');
    expect(reported).toMatchObject({ bubbles: true, composed: true });
    expect(reported?.target).toBe(element);
    expect(fetchReport).toHaveBeenCalledTimes(1);
    expect(fetchReport.mock.calls[0]?.[0]).toMatchObject({ id: REPORT_ID, format: 'raw' });
  });

  test('properties reflect to attributes and read them back parsed', () => {
    const element = new LegitReportViewerElement();
    element.proxyUrl = '/api/legit';
    element.allowedOrigins = ['https://a.example', 'https://b.example'];
    element.maxConclusions = 3;
    element.diqaThreshold = 55.5;
    element.theme = 'dark';
    element.format = 'fhir';
    element.reportId = null;
    expect(element.getAttribute('proxy-url')).toBe('/api/legit');
    expect(element.getAttribute('allowed-origins')).toBe('https://a.example https://b.example');
    expect(element.getAttribute('max-conclusions')).toBe('3');
    expect(element.getAttribute('diqa-threshold')).toBe('55.5');
    expect(element.getAttribute('theme')).toBe('dark');
    expect(element.getAttribute('format')).toBe('fhir');
    // Controlled with no report: an empty attribute; undefined removes it (the iframe decides again).
    expect(element.getAttribute('report-id')).toBe('');
    expect(element.reportId).toBeNull();
    element.reportId = undefined;
    expect(element.hasAttribute('report-id')).toBe(false);
    expect(element.reportId).toBeUndefined();

    element.setAttribute('allowed-origins', ' https://a.example,https://b.example  https://c.example ');
    expect(element.allowedOrigins).toEqual(['https://a.example', 'https://b.example', 'https://c.example']);
    element.proxyUrl = null;
    expect(element.hasAttribute('proxy-url')).toBe(false);
  });

  test('an unusable value is ignored with one console warning; the default applies', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = new LegitReportViewerElement();
    element.setAttribute('format', 'xml');
    element.setAttribute('max-conclusions', 'ten');
    element.setAttribute('theme', 'sepia');
    expect(element.format).toBeUndefined();
    expect(element.maxConclusions).toBeUndefined();
    expect(element.theme).toBeUndefined();
    expect(element.format).toBeUndefined();
    const texts = warn.mock.calls.map((call) => String(call[0]));
    expect(texts).toEqual([
      '[legit-report-viewer] format="xml" is ignored: expected raw or fhir.',
      '[legit-report-viewer] max-conclusions="ten" is ignored: expected a number.',
      '[legit-report-viewer] theme="sepia" is ignored: expected light or dark or auto.',
    ]);
    warn.mockRestore();
  });

  test('changing locale re-renders in Spanish and asks for the Spanish report', async () => {
    const fetchReport = fixtureTransport();
    const element = mountViewer({ 'report-id': REPORT_ID, locale: 'en' }, { fetchReport });
    await expect.element(page.getByRole('row', { name: /^Acne ED80/ })).toHaveTextContent('99.65%');
    element.locale = 'es';
    await expect.element(page.getByRole('region', { name: 'Informe diagnóstico' })).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Diagnóstico diferencial' })).toBeVisible();
    await expect.element(page.getByRole('row', { name: /^Acne ED80/ })).toHaveTextContent('99,65 %');
    expect(fetchReport.mock.calls.map((call) => call[0].locale)).toEqual(['en', 'es']);
  });

  test('theme, labels and thresholds reach the component', async () => {
    const element = mountViewer(
      { 'report-id': REPORT_ID, theme: 'dark' },
      { fetchReport: fixtureTransport(), labels: { region: 'Acne report' }, thresholds: { urgentReferral: null } },
    );
    await expect.element(page.getByRole('region', { name: 'Acne report' })).toBeVisible();
    expect(regionOf(element).dataset.theme).toBe('dark');
    // Only the most urgent tier the portal's thresholds raise is called out.
    const callout = (tier: string, within: string) =>
      page.getByRole('listitem').filter({
        hasText: `AI estimate: ${tier} referral likely, 100%. The patient should be seen by a doctor within ${within}.`,
      });
    await expect.element(callout('high-priority', '15 days')).toBeVisible();
    expect(regionOf(element).textContent).not.toContain('AI estimate: urgent referral');
    element.thresholds = {};
    await expect.element(callout('urgent', '48 hours')).toBeVisible();
    expect(regionOf(element).textContent).not.toContain('AI estimate: high-priority referral');
  });

  test('a failed fetch fires legit-error with the typed error; report-id "" goes back to waiting', async () => {
    const recorder = record();
    const fetchReport = vi.fn<FetchReport>(() =>
      Promise.reject(new LegitReportError({ code: 'NOT_FOUND', message: 'gone' })),
    );
    const element = mountViewer({ 'report-id': OTHER_ID }, { fetchReport });
    await expect.element(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(recorder.of('legit-error')[0]?.detail.error).toMatchObject({ name: 'LegitReportError', code: 'NOT_FOUND' });
    element.reportId = null;
    await expect
      .element(page.getByText('Complete the analysis in the Legit.Health window', { exact: false }))
      .toBeVisible();
  });

  test('nothing is shown (and nothing listens) until proxy-url or fetchReport is set', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = mountViewer({});
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(element.shadowRoot?.querySelector('.lrv-element')?.childElementCount).toBe(0);
    element.proxyUrl = '/api/legit';
    await expect
      .element(page.getByText('Complete the analysis in the Legit.Health window', { exact: false }))
      .toBeVisible();
    vi.mocked(console.warn).mockRestore();
  });

  test('an unsafe allowed-origins shows a notice and fires legit-config-error; fixing it recovers', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React logs the caught error
    const recorder = record();
    const element = mountViewer({ 'proxy-url': '/api/legit', 'allowed-origins': '*' });
    await expect.element(page.getByRole('alert')).toHaveTextContent(/This widget cannot start: allowedOrigins/);
    const [refused] = recorder.of('legit-config-error');
    expect(refused?.detail.error.name).toBe('LegitConfigError');
    element.allowedOrigins = ['https://iframe.legit.health'];
    await expect.element(page.getByRole('region', { name: 'Diagnostic report' })).toBeVisible();
    expect(element.shadowRoot?.querySelector('[role="alert"]')).toBeNull();
    vi.mocked(console.error).mockRestore();
  });

  test('removal unmounts: the pending request is aborted', async () => {
    let signal: AbortSignal | undefined;
    const fetchReport = vi.fn<FetchReport>((args) => {
      signal = args.signal;
      return new Promise(() => {});
    });
    const element = mountViewer({ 'report-id': REPORT_ID }, { fetchReport });
    await vi.waitFor(() => expect(fetchReport).toHaveBeenCalled());
    expect(signal?.aborted).toBe(false);
    element.remove();
    await vi.waitFor(() => expect(signal?.aborted).toBe(true));
    expect(element.shadowRoot?.querySelector('.lrv-root')).toBeNull();
  });

  test('moving the element keeps the widget: same region, no second request', async () => {
    const fetchReport = fixtureTransport();
    const element = mountViewer({ 'report-id': REPORT_ID }, { fetchReport });
    await expect.element(page.getByRole('row', { name: /^Acne ED80/ })).toHaveTextContent('99.65%');
    const region = regionOf(element);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(element);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(regionOf(element)).toBe(region);
    expect(region.textContent).toContain('99.65%');
    expect(fetchReport).toHaveBeenCalledTimes(1);
  });

  test('properties set before the definition loaded are applied on upgrade', async () => {
    const early = document.createElement('lrv-upgrade-test') as HTMLElement & { fetchReport?: FetchReport };
    early.setAttribute('report-id', REPORT_ID);
    const fetchReport = vi.fn<FetchReport>(() => Promise.resolve(rawV3Acne));
    early.fetchReport = fetchReport; // an own property: the class is not defined yet
    document.body.append(early);
    customElements.define('lrv-upgrade-test', class extends LegitReportViewerElement {});
    await expect.element(page.getByRole('row', { name: /^Acne ED80/ })).toHaveTextContent('99.65%');
    expect(fetchReport).toHaveBeenCalledTimes(1);
    expect(Object.prototype.hasOwnProperty.call(early, 'fetchReport')).toBe(false);
  });
  // Loading a second copy of the module (another URL) is checked on the built file: test/package/element-check.mjs.
});
