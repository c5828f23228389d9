// Screenshots of the triage summary for every demo case, in English and Spanish (and dark at
// phone width), kept as test artifacts (test-artifacts/summary, not committed) for people to read
// as a clinician would. Each also asserts what every summary holds: its kinds of line, in order,
// and nothing spilling sideways.
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { page } from 'vitest/browser';
import { LegitReportView } from '../../../src/index';
import { parseDiagnosticReport } from '../../../src/report/index';
import '../../../src/viewer/styles.css';
import { DEMO_CASES } from '../../../demo/cases/cases';
import { renderCase } from '../../../demo/cases/render-case';

const LINES = ['referral', 'malignancy', 'top-conclusion', 'score', 'certainty', 'image-quality'];

const cases = DEMO_CASES.filter((c) => c.spec !== null).flatMap((demoCase) =>
  (
    [
      { locale: 'en', theme: 'light', width: 768 },
      { locale: 'es', theme: 'light', width: 768 },
      { locale: 'en', theme: 'dark', width: 320 },
    ] as const
  ).map((view) => ({ key: demoCase.key, demoCase, ...view }) as const),
);

describe.each(cases)('$key ($locale, $theme, $width px)', ({ key, demoCase, locale, theme, width }) => {
  test('summary', async () => {
    await page.viewport(width, 1400);
    const json = renderCase(demoCase, demoCase.fixture?.format ?? 'raw', {
      encryptedId: demoCase.encryptedId,
      imageBaseUrl: location.origin,
      upstreamUrl: 'http://127.0.0.1:9',
      locale,
      imageLinksExpireAt: Date.now() + 30 * 60_000,
    });
    const screen = await render(
      <div
        style={{ padding: 8, fontFamily: 'system-ui, sans-serif', background: theme === 'dark' ? '#0d1014' : '#fff' }}
      >
        <LegitReportView report={parseDiagnosticReport(json)} locale={locale} theme={theme} timeZone="Europe/Madrid" />
      </div>,
    );
    await expect.element(screen.getByRole('heading', { name: locale === 'es' ? 'Resumen' : 'Summary' })).toBeVisible();
    const root = screen.container.querySelector('.lrv-root') as HTMLElement;
    const lines = [...root.querySelectorAll('[data-line]')].map((li) => li.getAttribute('data-line'));
    expect([...new Set(lines)]).toEqual(LINES);
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
    // The header and the summary: what a clinician reads first.
    const summary = root.querySelector<HTMLElement>('[data-section="summary"]')!;
    for (let next = summary.nextElementSibling; next; next = next.nextElementSibling)
      (next as HTMLElement).style.display = 'none';
    const name = `${key}-${locale}${theme === 'dark' ? '-dark' : ''}-${width}`;
    await page.screenshot({ path: `../../../test-artifacts/summary/${name}.png`, element: root });
  });
});
