// <LegitReportViewer>'s glue with a real transport function: image renewal through the report
// it fetched, a report kept when a later refetch fails, and a controlled id while messages arrive.
import { describe, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { LegitReportError, LegitReportViewer, type FetchReport } from '../../../src/index';
import '../../../src/viewer/styles.css';
import rawV3Acne from '../../../fixtures/raw-v3-acne.json';
import { withLocalImages } from '../../support/local-fixtures';

const REPORT_ID = 'glue-report-0001';
/** The raw v3 fixture with its one image at a URL that loads, or at one that is gone. */
const withImage = () => withLocalImages(rawV3Acne, 'acne-face.png');
let dead = 0;
const withExpiredImage = () => withLocalImages(rawV3Acne, `expired-link-${Date.now()}-${++dead}.png`);

const image = (container: HTMLElement) => container.querySelector<HTMLImageElement>('img[alt="Image 1, Clinical"]');

describe('image renewal through the connected viewer', () => {
  test('an expired link refetches the report once, and the fresh image shows', async () => {
    const fetchReport = vi.fn<FetchReport>().mockResolvedValueOnce(withExpiredImage()).mockResolvedValue(withImage());
    const screen = await render(
      <LegitReportViewer fetchReport={fetchReport} reportId={REPORT_ID} allowHttpLoopbackUrls />,
    );
    await expect.poll(() => fetchReport.mock.calls.length, { timeout: 10_000 }).toBe(2);
    await expect
      .poll(() => image(screen.container)?.complete && image(screen.container)!.naturalWidth > 0, { timeout: 10_000 })
      .toBe(true);
    expect(fetchReport.mock.calls.every(([args]) => args.id === REPORT_ID)).toBe(true);
  });

  test('fresh links that fail too read "Image unavailable", with no second renewal', async () => {
    const fetchReport = vi.fn<FetchReport>(() => Promise.resolve(withExpiredImage()));
    const screen = await render(
      <LegitReportViewer fetchReport={fetchReport} reportId={REPORT_ID} allowHttpLoopbackUrls />,
    );
    const fallback = screen.getByRole('img', { name: 'Image 1, Clinical: Image unavailable' });
    await expect.element(fallback).toBeInTheDocument();
    // Unavailable is final: no <img> is left to fail and ask again.
    expect(screen.container.querySelectorAll('img')).toHaveLength(0);
    expect(fetchReport).toHaveBeenCalledTimes(2);
  });

  test('a renewal refetch that fails keeps the report on screen', async () => {
    const fetchReport = vi
      .fn<FetchReport>()
      .mockResolvedValueOnce(withExpiredImage())
      .mockRejectedValue(new LegitReportError({ code: 'NOT_FOUND' }));
    const onError = vi.fn();
    const screen = await render(
      <LegitReportViewer fetchReport={fetchReport} reportId={REPORT_ID} allowHttpLoopbackUrls onError={onError} />,
    );
    await expect.poll(() => onError.mock.calls.length).toBe(1);
    await expect.element(screen.getByRole('rowheader', { name: 'Acne', exact: true })).toBeVisible();
    expect(screen.container.querySelector('[role="alert"]')).toBeNull();
    await expect.element(screen.getByRole('img', { name: 'Image 1, Clinical: Image unavailable' })).toBeInTheDocument();
  });
});

test('controlled id: messages still call onReportId, and the screen keeps the controlled report', async () => {
  const fetchReport = vi.fn<FetchReport>(() => Promise.resolve(withImage()));
  const onReportId = vi.fn();
  const screen = await render(
    <LegitReportViewer
      fetchReport={fetchReport}
      reportId={REPORT_ID}
      allowedOrigins={[location.origin]}
      onReportId={onReportId}
    />,
  );
  await expect.element(screen.getByRole('rowheader', { name: 'Acne', exact: true })).toBeVisible();
  window.postMessage({ message: 'analysis_completed', id: 'another-report-0002' }, location.origin);
  await expect.poll(() => onReportId.mock.calls).toEqual([['another-report-0002']]);
  expect(fetchReport.mock.calls.map(([args]) => args.id)).toEqual([REPORT_ID]);
  await expect.element(screen.getByRole('rowheader', { name: 'Acne', exact: true })).toBeVisible();
});
