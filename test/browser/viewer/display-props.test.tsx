// The presentation props nothing else exercises: time zone, DIQA threshold, theme "auto",
// className and the lower bound of maxConclusions.
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { LegitReportView } from '../../../src/index';
import '../../../src/viewer/styles.css';
import { conclusion, emptyReport } from '../../support/report-builders';

const issued = emptyReport({ issuedAt: '2023-08-03T10:38:00Z' });

test.each([
  // Dates name their time zone (issue 10).
  ['Asia/Tokyo', /^Aug 3, 2023, 7:38\sPM GMT\+9$/],
  ['America/New_York', /^Aug 3, 2023, 6:38\sAM EDT$/],
])('timeZone %s: the issue date in that zone', async (timeZone, text) => {
  const screen = await render(<LegitReportView report={issued} timeZone={timeZone} />);
  const time = screen.getByText(text);
  await expect.element(time).toHaveAttribute('dateTime', '2023-08-03T10:38:00Z');
});

const withQuality70 = emptyReport({
  observations: [
    { type: 'Image', modality: 'Clinical', diqaScore: 70, url: `${location.origin}/samples/acne-closeup.png` },
  ],
});

test.each([
  ['the default (60) passes a quality of 70', undefined, /^Quality 70\/100$/],
  // The flag says whose threshold decided it: the portal's.
  ['80 flags it', 80, /^Quality 70\/100 · Low quality \(Portal threshold: 80\)$/],
])('diqaThreshold: %s', async (_name, diqaThreshold, text) => {
  const screen = await render(<LegitReportView report={withQuality70} diqaThreshold={diqaThreshold} />);
  await expect.element(screen.getByText(/^Quality 70\/100/)).toHaveTextContent(text);
});

test('theme "auto" follows the system, and className joins the root', async () => {
  const screen = await render(<LegitReportView report={emptyReport()} theme="auto" className="portal-panel" />);
  await expect.element(screen.getByRole('heading', { level: 2 })).toBeVisible();
  const root = screen.container.querySelector<HTMLElement>('.lrv-root')!;
  expect(root.dataset.theme).toBe('auto');
  expect(getComputedStyle(root).colorScheme).toBe('light dark');
  expect(root.classList.contains('portal-panel')).toBe(true);
});

test('maxConclusions below 1 still lists the top condition', async () => {
  const report = emptyReport({
    conclusions: [conclusion('Acne', 90), conclusion('Rosacea', 6), conclusion('Eczema', 4)],
  });
  const screen = await render(<LegitReportView report={report} maxConclusions={0} />);
  await expect.element(screen.getByRole('rowheader', { name: 'Acne', exact: true })).toBeVisible();
  const rows = [...screen.container.querySelectorAll('.lrv-conclusions tr')].map((row) => row.textContent);
  expect(rows).toEqual(['ConditionICD-11Probability', 'AcneNot available90%', 'Other conditions (2)10% combined']);
});
