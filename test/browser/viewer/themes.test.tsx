// Every fixture in light and dark, at phone and desktop width: no axe violations (colour
// contrast included, which only a real browser can compute) and nothing spills sideways.
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { page, userEvent } from 'vitest/browser';
import { LegitReportView } from '../../../src/index';
import { parseDiagnosticReport } from '../../../src/report/index';
import '../../../src/viewer/styles.css';
import { axeViolations } from '../../support/axe';
import { LOCAL_IMAGES, localFixtures } from '../../support/local-fixtures';
import { reportSettled } from '../../support/report-settled';

const cases = Object.entries(localFixtures()).flatMap(([name, json]) =>
  (['light', 'dark'] as const).flatMap((theme) => [320, 1280].map((width) => ({ name, json, theme, width }))),
);

describe.each(cases)('$name, $theme, $width px', ({ json, theme, width }) => {
  test('accessible and contained', async () => {
    await page.viewport(width, 1200);
    const screen = await render(
      <div style={{ background: theme === 'dark' ? '#0d1014' : '#fff', padding: 4 }}>
        <LegitReportView report={parseDiagnosticReport(json, LOCAL_IMAGES)} theme={theme} />
      </div>,
    );
    const root = screen.container.querySelector('.lrv-root') as HTMLElement;
    await reportSettled(root);
    await expect
      .poll(() => root.querySelectorAll('.recharts-bar-rectangle').length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
    expect(await axeViolations(root)).toEqual([]);
  });
});

test('keyboard reaches every control in order: facets, the explainability map, images, portal data, PDF', async () => {
  await page.viewport(1024, 1200);
  const screen = await render(
    <>
      <button type="button">Before the report</button>
      <LegitReportView
        report={parseDiagnosticReport(localFixtures()['fhir-psoriasis'], LOCAL_IMAGES)}
        pdfUrl="/api/legit/x?format=pdf"
      />
      <button type="button">After the report</button>
    </>,
  );
  await expect.poll(() => screen.container.querySelectorAll('button.lrv-img-button').length).toBe(4);
  screen.getByRole('button', { name: 'Before the report' }).element().focus();
  // Real Tab presses, so the order is the browser's (tabindex, hidden parts, closed dialogs), not the DOM's.
  const reached: string[] = [];
  for (let press = 0; press < 20; press += 1) {
    await userEvent.tab();
    const focused = document.activeElement;
    const name = focused?.getAttribute('aria-label') ?? focused?.textContent?.trim() ?? '(nothing)';
    if (name === 'After the report') break;
    reached.push(name);
  }
  expect(reached).toEqual([
    'Scaling',
    'Erythema',
    'Induration',
    'Affected area',
    'Enlarge the areas that drove the Local automatic psoriasis area and severity index score',
    'Enlarge image 1',
    'Enlarge image 2',
    'Wide view of the body area',
    'Portal data',
    'Download PDF',
  ]);
});
