// Screenshots of the triage summary for every demo case, in English and Spanish, kept as test
// artifacts (test-artifacts/summary, not committed) for people to read as a clinician would.
// Each also asserts what the summary must always hold: its six kinds of line, in order.
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { page } from 'vitest/browser';
import { LegitReportView, parseDiagnosticReport } from '../../../src/index';
import '../../../src/viewer/styles.css';
import { DEMO_CASES } from '../../../demo/cases/cases';
import { renderCase } from '../../../demo/cases/render-case';

const cases = DEMO_CASES.filter((c) => c.spec !== null).flatMap((demoCase) =>
  (['en', 'es'] as const).map((locale) => ({ key: demoCase.key, demoCase, locale })),
);

describe.each(cases)('$key ($locale)', ({ key, demoCase, locale }) => {
  test('summary', async () => {
    await page.viewport(768, 1600);
    const format = demoCase.fixture?.format ?? 'raw';
    const json = renderCase(demoCase, format, {
      encryptedId: demoCase.encryptedId,
      imageBaseUrl: location.origin,
      upstreamUrl: 'http://127.0.0.1:9',
      locale,
      imageLinksExpireAt: Date.now() + 30 * 60_000,
    });
    const screen = await render(
      <div style={{ padding: 8, fontFamily: 'system-ui, sans-serif' }}>
        <LegitReportView report={parseDiagnosticReport(json)} locale={locale} timeZone="Europe/Madrid" />
      </div>,
    );
    const summary = screen.getByRole('heading', { name: locale === 'es' ? 'Resumen' : 'Summary' });
    await expect.element(summary).toBeVisible();
    const lines = [...screen.container.querySelectorAll('[data-line]')].map((li) => li.getAttribute('data-line'));
    expect([...new Set(lines)]).toEqual([
      'referral',
      'malignancy',
      'top-conclusion',
      'score',
      'certainty',
      'image-quality',
    ]);
    const root = screen.container.querySelector('.lrv-root') as HTMLElement;
    await page.screenshot({
      path: `../../../test-artifacts/summary/${key}-${locale}.png`,
      element: root
        .querySelector('.lrv-header')!
        .parentElement!.querySelector('[data-section="summary"]')! as HTMLElement,
    });
    await page.screenshot({ path: `../../../test-artifacts/summary/${key}-${locale}-top.png`, element: root });
  });
});
