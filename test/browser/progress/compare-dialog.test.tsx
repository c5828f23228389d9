// The enlarged image beside the same body site's image of an earlier visit, by keyboard alone.
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { userEvent } from 'vitest/browser';
import { LegitReportView } from '../../../src/index';
import '../../../src/viewer/styles.css';
import { axeViolations } from '../../support/axe';
import { psoriasisCourse, uct, visit } from '../../support/history-builders';

describe('image comparison in the enlarged-image dialog', () => {
  test('open, choose the earlier visit with the arrow keys, close with Escape, focus back on the image', async () => {
    const { first, second, current } = psoriasisCourse();
    // Another body site: never offered for comparison.
    const elsewhere = visit({
      id: 'elsewhere-001',
      issuedAt: '2025-04-01T09:00:00Z',
      systems: [uct(9)],
      bodySite: { code: 'armLeft', display: 'Left arm' },
    });
    const screen = await render(<LegitReportView report={current} history={[first, elsewhere, second]} />);
    const opener = screen.getByRole('button', { name: 'Enlarge image 1' });
    await expect.element(opener).toBeVisible();
    (opener.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');

    const dialog = screen.getByRole('dialog');
    await expect.element(dialog).toBeVisible();
    const choices = dialog.getByRole('radio');
    await expect.poll(() => choices.elements().length, { timeout: 15_000 }).toBe(3);
    expect(choices.elements().map((radio) => radio.closest('label')!.textContent!.trim())).toEqual([
      'No comparison',
      'Mar 11, 2025',
      'Jan 14, 2025',
    ]);
    await expect.element(dialog.getByRole('button', { name: 'Close' })).toHaveFocus();

    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.element(dialog.getByRole('radio', { name: 'No comparison' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(dialog.getByRole('radio', { name: 'Mar 11, 2025' })).toBeChecked();
    const earlier = dialog.getByRole('img', { name: 'Same body site at the visit of Mar 11, 2025' });
    await expect.element(earlier).toBeVisible();
    expect(earlier.element().getAttribute('src')).toContain('psoriasis-plaque-2.png');
    // Before and after, left to right.
    expect([...dialog.element().querySelectorAll('figcaption')].map((c) => c.textContent)).toEqual([
      'Mar 11, 2025',
      'This visit, May 6, 2025',
    ]);
    expect(await axeViolations(dialog.element())).toEqual([]);

    await userEvent.keyboard('{ArrowDown}');
    await expect
      .element(dialog.getByRole('img', { name: 'Same body site at the visit of Jan 14, 2025' }))
      .toBeVisible();

    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(opener).toHaveFocus();
  });

  test('without an earlier image of the same site, the dialog shows the image alone', async () => {
    const { current } = psoriasisCourse();
    const elsewhere = visit({
      id: 'elsewhere-002',
      issuedAt: '2025-04-01T09:00:00Z',
      systems: [uct(9)],
      bodySite: { code: 'armLeft', display: 'Left arm' },
    });
    const screen = await render(<LegitReportView report={current} history={[elsewhere]} />);
    await screen.getByRole('button', { name: 'Enlarge image 1' }).click();
    const dialog = screen.getByRole('dialog');
    await expect.element(dialog.getByRole('img')).toBeVisible();
    expect(dialog.element().querySelectorAll('input[type="radio"]')).toHaveLength(0);
  });
});
