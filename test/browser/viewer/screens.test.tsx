// Screenshots of the review screen at phone, tablet and desktop widths, kept as test artifacts
// (test-artifacts/screens, not committed) for people to look at. Each also asserts the layout
// invariant that matters at that width: nothing overflows the widget sideways.
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { page } from 'vitest/browser';
import { LegitReportView } from '../../../src/index';
import { parseDiagnosticReport } from '../../../src/report/index';
import '../../../src/viewer/styles.css';
import { LOCAL_IMAGES, localFixtures } from '../../support/local-fixtures';
import { reportSettled } from '../../support/report-settled';

const fixtures = localFixtures();

describe.each(Object.entries(fixtures))('%s', (name, json) => {
  test.each([360, 768, 1280])('at %i px', async (width) => {
    await page.viewport(width, 2600);
    const screen = await render(
      <div style={{ padding: 8, fontFamily: 'system-ui, sans-serif' }}>
        <LegitReportView report={parseDiagnosticReport(json, LOCAL_IMAGES)} />
      </div>,
    );
    const root = screen.container.querySelector('.lrv-root') as HTMLElement;
    await reportSettled(root);
    await expect
      .poll(() => root.querySelectorAll('.recharts-bar-rectangle').length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    await expect
      .poll(() => [...root.querySelectorAll('img')].every((img) => img.complete && img.naturalWidth > 0))
      .toBe(true);
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
    await page.screenshot({ path: `../../../test-artifacts/screens/${name}-${width}.png`, element: root });
  });
});

test('dark theme at 768 px', async () => {
  await page.viewport(768, 2600);
  const screen = await render(
    <div style={{ padding: 8, background: '#0d1014', fontFamily: 'system-ui, sans-serif' }}>
      <LegitReportView report={parseDiagnosticReport(fixtures['fhir-psoriasis'], LOCAL_IMAGES)} theme="dark" />
    </div>,
  );
  const root = screen.container.querySelector('.lrv-root') as HTMLElement;
  await reportSettled(root);
  await expect
    .poll(() => root.querySelectorAll('.recharts-bar-rectangle').length, { timeout: 15_000 })
    .toBeGreaterThan(0);
  expect(getComputedStyle(root).backgroundColor).toBe('rgb(22, 25, 29)');
  await page.screenshot({ path: '../../../test-artifacts/screens/fhir-psoriasis-dark-768.png', element: root });
});
