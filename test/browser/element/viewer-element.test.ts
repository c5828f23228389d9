// <legit-report-viewer>: attributes and properties in, events out, in real Chromium.
import { afterEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { fixtureTransport, mountViewer, recordEvents, regionOf, REPORT_ID } from './support';

afterEach(() => {
  document.body.replaceChildren();
});

describe('<legit-report-viewer>', () => {
  test('report-id + fetchReport: the report shows in an open shadow root and legit-report fires', async () => {
    const recorder = recordEvents();
    const fetchReport = fixtureTransport();
    const element = mountViewer({ 'report-id': REPORT_ID }, { fetchReport });
    expect(element.shadowRoot).not.toBeNull();
    await expect.element(page.getByRole('region', { name: 'Diagnostic report' })).toBeVisible();
    await expect.element(page.getByRole('row', { name: /^Acne ED80/ })).toHaveTextContent('99.65%');
    expect(regionOf(element).textContent).toContain('99.65%');
    const [reported] = recorder.of('legit-report');
    expect(reported?.detail.report.conclusions.length).toBeGreaterThan(0);
    expect(reported?.bubbles).toBe(true);
    expect(reported?.composed).toBe(true);
    expect(fetchReport.mock.calls[0]?.[0]).toMatchObject({ id: REPORT_ID, format: 'raw' });
    recorder.stop();
  });
});
