// The Progress section over parsed earlier reports (<LegitReportView history>): what a clinician
// reads, in both languages, for a system where a higher score is worse and one where it is better.
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { LegitReportView } from '../../../src/index';
import { ProgressSection } from '../../../src/viewer/progress/ProgressSection';
import { ViewerFrame } from '../../../src/viewer/ViewerFrame';
import '../../../src/viewer/styles.css';
import { axeViolations } from '../../support/axe';
import { scoringSystem } from '../../support/report-builders';
import { apasi, psoriasisCourse, uct, visit } from '../../support/history-builders';

const section = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-section="progress"]');
const rowsOf = (table: Element) => [...table.querySelectorAll('tbody tr')].map((row) => row.textContent);

describe('Progress section', () => {
  test('three psoriasis visits given out of order: by date, changes in percent, Improving', async () => {
    const { first, second, current } = psoriasisCourse();
    const screen = await render(<LegitReportView report={current} history={[second, current, first, second]} />);
    const heading = screen.getByRole('heading', { name: 'Progress', level: 3 });
    await expect.element(heading).toBeVisible();
    const progress = section(screen.container)!;
    // After the severity section.
    const order = [...screen.container.querySelectorAll('[data-section]')].map((s) => s.getAttribute('data-section'));
    expect(order.indexOf('progress')).toBe(order.indexOf('severity') + 1);

    const table = screen.getByRole('table', { name: /each report's score/ });
    await expect.element(table).toBeVisible();
    expect(rowsOf(table.element())).toEqual([
      'Jan 14, 202512.4SeverePsoriasis 91%',
      'Mar 11, 20257.8SeverePsoriasis 80%',
      'May 6, 2025 · this report3.1ModeratePsoriasis 80%',
    ]);
    expect(table.element().querySelector('[aria-current="true"]')?.textContent).toContain('this report');

    const changes = progress.querySelectorAll('dl.lrv-facts > div');
    expect([...changes].map((c) => c.textContent)).toEqual([
      'Since the previous report (Mar 11, 2025)Improving −4.7 (−60.3%)',
      'Since the first report (Jan 14, 2025)Improving −9.3 (−75%)',
    ]);
    expect(progress.textContent).toContain('A higher score is more severe on this scale');
    await expect
      .element(screen.getByRole('figure', { name: 'Local automatic psoriasis area and severity index by report date' }))
      .toHaveAccessibleDescription(/across 3 reports/);
    await expect
      .poll(() => progress.querySelectorAll('.recharts-line-dots circle').length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(await axeViolations(progress)).toEqual([]);
  });

  test('the urticaria control test: a rising score is Improving, because its bands say so', async () => {
    const earlier = visit({ id: 'uct-visit-01', issuedAt: '2025-02-03T09:00:00Z', systems: [uct(7)] });
    const current = visit({ id: 'uct-visit-02', issuedAt: '2025-04-28T09:00:00Z', systems: [uct(13)] });
    const screen = await render(<LegitReportView report={current} history={[earlier]} />);
    await expect.element(screen.getByRole('heading', { name: 'Progress' })).toBeVisible();
    const progress = section(screen.container)!;
    expect(progress.querySelector('dl')!.textContent).toBe(
      'Since the previous report (Feb 3, 2025)Improving +6 (+85.7%)',
    );
    expect(progress.textContent).toContain('A higher score is better on this scale');
    const table = screen.getByRole('table', { name: /each report's score/ }).element();
    expect(rowsOf(table).map((row) => row!.replace(/^.*?2025( · this report)?/, ''))).toEqual([
      '7Poorly controlledPsoriasis 80%',
      '13Well controlledPsoriasis 80%',
    ]);
    expect(await axeViolations(progress)).toEqual([]);
  });

  test('in Spanish: "Evolución", "Mejora", the change in the Spanish number format', async () => {
    const older = visit({ id: 'es-visit-01', issuedAt: '2025-01-10T09:00:00Z', systems: [apasi(6.3)] });
    const current = visit({ id: 'es-visit-02', issuedAt: '2025-03-10T09:00:00Z', systems: [apasi(3.1)] });
    const screen = await render(<LegitReportView report={current} history={[older]} locale="es" />);
    await expect.element(screen.getByRole('heading', { name: 'Evolución' })).toBeVisible();
    expect(section(screen.container)!.querySelector('dl')!.textContent).toBe(
      'Desde el informe anterior (10 ene 2025)Mejora −3,2 (−50,8\u00a0%)',
    );
  });

  test('the same score is "No change"; bands that do not say a direction give "Higher", not a verdict', async () => {
    const flatBands = [
      { code: null, label: 'Grade 1', min: 0, max: 10, severity: 1 as const, severityLabel: 'low' },
      { code: null, label: 'Grade 2', min: 10, max: 20, severity: 1 as const, severityLabel: 'low' },
    ];
    const alegi = (score: number) =>
      scoringSystem({
        name: 'Acne lesion estimation grading index',
        code: 'alegi',
        key: 'alegi',
        score,
        bands: flatBands,
      });
    const older = visit({ id: 'same-visit-1', issuedAt: '2025-01-10T09:00:00Z', systems: [apasi(4.5), alegi(8)] });
    const current = visit({ id: 'same-visit-2', issuedAt: '2025-02-10T09:00:00Z', systems: [apasi(4.5), alegi(11)] });
    const screen = await render(<LegitReportView report={current} history={[older]} />);
    await expect.element(screen.getByRole('heading', { name: 'Progress' })).toBeVisible();
    const changes = [...section(screen.container)!.querySelectorAll('dl')].map((dl) => dl.textContent);
    expect(changes).toEqual([
      'Since the previous report (Jan 10, 2025)No change 0 (0%)',
      'Since the previous report (Jan 10, 2025)Higher +3 (+37.5%)',
    ]);
    expect(section(screen.container)!.textContent).toContain(
      "The report's bands do not say whether a higher score is better or worse.",
    );
  });

  test('no section when no earlier report shares a scoring system', async () => {
    const { current } = psoriasisCourse();
    const other = visit({ id: 'other-sys-01', issuedAt: '2025-01-01T09:00:00Z', systems: [uct(9)] });
    // The section itself, not its lazy chunk: once the marker beside it shows, it has rendered.
    const screen = await render(
      <ViewerFrame showsReport>
        <ProgressSection current={current} source={[other]} />
        <p>rendered</p>
      </ViewerFrame>,
    );
    await expect.element(screen.getByText('rendered')).toBeVisible();
    expect(section(screen.container)).toBeNull();
    screen.rerender(
      <ViewerFrame showsReport>
        <ProgressSection current={current} source={[other, psoriasisCourse().first]} />
        <p>rendered</p>
      </ViewerFrame>,
    );
    await expect.element(screen.getByRole('heading', { name: 'Progress' })).toBeVisible();
  });

  test('no section without a history', async () => {
    const screen = await render(<LegitReportView report={psoriasisCourse().current} />);
    await expect.element(screen.getByRole('heading', { name: 'Severity', exact: true })).toBeVisible();
    expect(section(screen.container)).toBeNull();
  });
});
