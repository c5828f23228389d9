// <LegitReportViewer> through its states: waiting, loading, report, error with retry.
import { StrictMode } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { LegitReportError, LegitReportViewer, type FetchReport } from '../../../src/index';
import '../../../src/viewer/styles.css';
import { axeViolations } from '../../support/axe';
import { localFixtures } from '../../support/local-fixtures';

const rawV3Acne = localFixtures()['raw-v3-acne'];

/** A transport that answers from a table and counts calls. */
function tableTransport(answers: Record<string, () => Promise<unknown>>) {
  return vi.fn<FetchReport>(({ id }) =>
    (answers[id] ?? (() => Promise.reject(new LegitReportError({ code: 'NOT_FOUND', message: 'no' }))))(),
  );
}

describe('<LegitReportViewer>', () => {
  test('waits with an instruction until a report id arrives', async () => {
    const screen = await render(<LegitReportViewer proxyUrl="/api/legit" />);
    const region = screen.getByRole('region', { name: 'Diagnostic report' });
    await expect.element(region).toHaveTextContent('Complete the analysis in the Legit.Health window');
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  test('controlled id: skeleton while loading, then the report; onReport once', async () => {
    let release: (value: unknown) => void = () => {};
    const fetchReport = tableTransport({ abc12345: () => new Promise((resolve) => (release = resolve)) });
    const onReport = vi.fn();
    const screen = await render(
      <StrictMode>
        <LegitReportViewer allowHttpLoopbackUrls fetchReport={fetchReport} reportId="abc12345" onReport={onReport} />
      </StrictMode>,
    );
    const region = screen.getByRole('region', { name: 'Diagnostic report' });
    await expect.element(region).toHaveAttribute('aria-busy', 'true');
    expect(await axeViolations(screen.container)).toEqual([]);
    release(rawV3Acne);
    await expect.element(screen.getByRole('rowheader', { name: 'Acne', exact: true })).toBeVisible();
    await expect.element(screen.getByRole('row', { name: /^Acne ED80/ })).toHaveTextContent('99.65%');
    await expect
      .element(screen.getByRole('meter', { name: 'Acne lesion estimation grading index' }))
      .toHaveAttribute('aria-valuetext', '8 — Grade 1 (low severity)');
    expect(onReport).toHaveBeenCalledTimes(1);
    expect(fetchReport.mock.calls[0]![0]).toMatchObject({ id: 'abc12345', format: 'raw' });
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  test('an error is shown in words with a retry that works', async () => {
    let attempts = 0;
    const fetchReport = tableTransport({
      'retry-me-1': () =>
        ++attempts === 1
          ? Promise.reject(new LegitReportError({ code: 'NOT_FOUND', message: 'gone' }))
          : Promise.resolve(rawV3Acne),
    });
    const onError = vi.fn();
    const screen = await render(
      <LegitReportViewer allowHttpLoopbackUrls fetchReport={fetchReport} reportId="retry-me-1" onError={onError} />,
    );
    const alert = screen.getByRole('alert');
    await expect.element(alert).toHaveTextContent('This report was not found.');
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(LegitReportError);
    expect(await axeViolations(screen.container)).toEqual([]);
    await screen.getByRole('button', { name: 'Try again' }).click();
    await expect.element(screen.getByRole('rowheader', { name: 'Acne', exact: true })).toBeVisible();
    expect(attempts).toBe(2);
  });

  test('a malformed report becomes a readable error, not a crash', async () => {
    const fetchReport = tableTransport({
      'bad-json-1': () => Promise.resolve({ success: true, data: { nothing: 'here' } }),
    });
    const screen = await render(
      <LegitReportViewer allowHttpLoopbackUrls fetchReport={fetchReport} reportId="bad-json-1" />,
    );
    await expect.element(screen.getByRole('alert')).toHaveTextContent('could not be read');
  });

  test('the PDF link goes through the proxy, never to a link found in the report', async () => {
    const fetchReport = tableTransport({ 'pdf/id+1=': () => Promise.resolve(rawV3Acne) });
    const screen = await render(
      <LegitReportViewer
        allowHttpLoopbackUrls
        proxyUrl="/api/legit"
        fetchReport={fetchReport}
        reportId="pdf/id+1="
        locale="es"
      />,
    );
    const link = screen.getByRole('link', { name: 'Descargar PDF' });
    await expect
      .element(link)
      .toHaveAttribute('href', '/api/legit/anonymous-diagnostic-reports/pdf%2Fid%2B1%3D?format=pdf&locale=es');
    expect(screen.container.innerHTML).not.toContain('authKey');
  });
});

describe('what the iframe says besides a report', () => {
  const post = (data: unknown) => window.postMessage(data, location.origin);

  test('a rejected photo shows its reasons as text; the next analysis clears it', async () => {
    const onImageRejected = vi.fn();
    const fetchReport = tableTransport({ abcd1234efgh: () => Promise.resolve(rawV3Acne) });
    const screen = await render(
      <LegitReportViewer
        fetchReport={fetchReport}
        allowedOrigins={[location.origin]}
        onImageRejected={onImageRejected}
      />,
    );
    post({
      message: 'image_rejected',
      id: 'abcd1234efgh',
      payload: [{ code: 'blurry', text: 'The image is blurry' }, '<b>too dark</b>'],
    });
    const notice = screen.getByText(/did not accept the last photo/);
    await expect.element(notice).toHaveTextContent('(blurry: The image is blurry; <b>too dark</b>)');
    expect(screen.container.querySelector('b')).toBeNull();
    expect(onImageRejected).toHaveBeenCalledTimes(1);
    expect(await axeViolations(screen.container)).toEqual([]);
    post({ message: 'analysis_completed', id: 'abcd1234efgh' });
    await expect.element(screen.getByRole('rowheader', { name: 'Acne', exact: true })).toBeVisible();
    expect(screen.container.querySelector('.lrv-notice')).toBeNull();
  });

  test('a refused company key says the window could not start (in Spanish too)', async () => {
    const screen = await render(
      <LegitReportViewer proxyUrl="/api/legit" allowedOrigins={[location.origin]} locale="es" />,
    );
    post({ message: 'invalid_company_key', id: 'key-that-was-refused-123' });
    await expect.element(screen.getByRole('status').filter({ hasText: 'clave de empresa' })).toBeVisible();
  });
});
