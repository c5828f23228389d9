// Screenshots of the Progress section (test-artifacts/progress, not committed) to look at as a
// clinician would; each also asserts the section is there and nothing overflows sideways.
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { page } from 'vitest/browser';
import { LegitReportView } from '../../../src/index';
import '../../../src/viewer/styles.css';
import { psoriasisCourse, uct, visit } from '../../support/history-builders';

/** Renders, waits for the section, its chart and the map, saves the screenshots; returns the section. */
async function shoot(name: string, width: number, node: React.ReactNode): Promise<HTMLElement> {
  await page.viewport(width, 2600);
  const screen = await render(<div style={{ padding: 8, fontFamily: 'system-ui, sans-serif' }}>{node}</div>);
  const root = screen.container.querySelector('.lrv-root') as HTMLElement;
  await expect.element(screen.getByRole('heading', { name: /^(Progress|Evolución)$/ })).toBeVisible();
  await expect.poll(() => root.querySelectorAll('.recharts-line-curve').length, { timeout: 15_000 }).toBeGreaterThan(0);
  await expect.poll(() => root.querySelectorAll('.lrv-body-map').length).toBe(1);
  expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
  const section = root.querySelector('[data-section="progress"]') as HTMLElement;
  await page.screenshot({ path: `../../../test-artifacts/progress/${name}-${width}.png`, element: root });
  await page.screenshot({ path: `../../../test-artifacts/progress/${name}-section-${width}.png`, element: section });
  const header = root.querySelector('.lrv-header') as HTMLElement;
  await page.screenshot({ path: `../../../test-artifacts/progress/${name}-header-${width}.png`, element: header });
  return section;
}

test.each([360, 1024])('psoriasis, three visits, at %i px', async (width) => {
  const { first, second, current } = psoriasisCourse();
  const section = await shoot('psoriasis', width, <LegitReportView report={current} history={[second, first]} />);
  expect(section.textContent).toContain('Improving −4.7 (−60.3%)');
});

test('urticaria control test rising, in Spanish', async () => {
  const site = { code: 'TRUNK_BACK', display: 'Espalda' };
  const earlier = visit({
    id: 'uct-visit-1',
    issuedAt: '2025-02-03T09:00:00+01:00',
    systems: [uct(7)],
    top: ['Urticaria', 88.2],
    bodySite: site,
    image: 'urticaria-wheals.png',
  });
  const current = visit({
    id: 'uct-visit-2',
    issuedAt: '2025-04-28T09:00:00+02:00',
    systems: [uct(13)],
    top: ['Urticaria', 90.4],
    bodySite: site,
    image: 'urticaria-wheals.png',
  });
  const section = await shoot(
    'urticaria-es',
    1024,
    <LegitReportView report={current} history={[earlier]} locale="es" />,
  );
  expect(section.textContent).toContain('Mejora +6 (+85,7\u00a0%)');
});

test('dark theme at 768 px', async () => {
  const { first, second, current } = psoriasisCourse();
  const section = await shoot(
    'psoriasis-dark',
    768,
    <div style={{ background: '#0d1014', padding: 8 }}>
      <LegitReportView report={current} history={[second, first]} theme="dark" />
    </div>,
  );
  expect(getComputedStyle(section.closest('.lrv-root')!).backgroundColor).toBe('rgb(22, 25, 29)');
});
