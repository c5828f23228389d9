// Report images on http: to this machine (the security review's finding 9): in production a report must not
// make the clinician's browser send requests to local services (`<img src="http://localhost:631/admin…">`).
// Only the development option lets them through (the demo sets it for its mock upstream's images).
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import rawV3Acne from '../../../fixtures/raw-v3-acne.json';
import { LegitReportView, LegitReportViewer } from '../../../src/index';
import { parseDiagnosticReport, type ParseOptions } from '../../../src/report/index';
import '../../../src/viewer/styles.css';

const PUBLISHED_IMAGE = 'https://legit-dev.s3.eu-west-3.amazonaws.com/diagnostic-report-medias/bbb.png';
const reportWithImage = (url: string, options: ParseOptions) =>
  parseDiagnosticReport(JSON.parse(JSON.stringify(rawV3Acne).replaceAll(PUBLISHED_IMAGE, url)), options);

describe('report images on http: to this machine', () => {
  test.each(['http://localhost:631/admin/conf?action=x', 'http://127.0.0.1:9200/_shutdown', 'http://[::1]:8080/x.png'])(
    'never reach the page in production: %s',
    async (url) => {
      const report = reportWithImage(url, {});
      expect(report.warnings.map((w) => w.reason)).toContain(
        'URL dropped: http: to localhost is allowed only in development (allowHttpLoopbackUrls)',
      );
      const screen = await render(<LegitReportView report={report} />);
      await expect.element(screen.getByRole('img', { name: /Image unavailable/ }).first()).toBeVisible();
      const sources = [...screen.container.querySelectorAll('img')].map((img) => img.getAttribute('src'));
      expect(sources.some((src) => src?.startsWith('http:'))).toBe(false);
      expect(screen.container.innerHTML).not.toContain(new URL(url).host);
    },
  );

  test('reach it with allowHttpLoopbackUrls (development against a local mock)', async () => {
    const url = `${location.origin}/samples/acne-face.png`;
    expect(url.startsWith('http://localhost:')).toBe(true);
    const screen = await render(<LegitReportView report={reportWithImage(url, { allowHttpLoopbackUrls: true })} />);
    await expect.poll(() => screen.container.querySelector(`img[src="${url}"]`)).not.toBeNull();
  });

  test('the viewer passes its allowHttpLoopbackUrls prop to the parser; without it the image is unavailable', async () => {
    const url = `${location.origin}/samples/acne-face.png`;
    const json = JSON.parse(JSON.stringify(rawV3Acne).replaceAll(PUBLISHED_IMAGE, url));
    const fetchReport = async () => json;
    const production = await render(<LegitReportViewer fetchReport={fetchReport} reportId="abcdefgh-prod" />);
    await expect.element(production.getByRole('img', { name: /Image unavailable/ }).first()).toBeVisible();
    expect(production.container.querySelector(`img[src="${url}"]`)).toBeNull();
    await production.unmount();
    const development = await render(
      <LegitReportViewer allowHttpLoopbackUrls fetchReport={fetchReport} reportId="abcdefgh-dev" />,
    );
    await expect.poll(() => development.container.querySelector(`img[src="${url}"]`)).not.toBeNull();
  });
});
