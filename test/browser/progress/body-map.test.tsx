// The body site on a map in the header: both code spellings, an unknown code, words for screen readers.
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { page } from 'vitest/browser';
import { LegitReportView } from '../../../src/index';
import '../../../src/viewer/styles.css';
import { axeViolations } from '../../support/axe';
import { emptyReport } from '../../support/report-builders';

const withSite = (code: string, display: string | null) =>
  emptyReport({ bodySite: { code, key: code.toLowerCase().replace(/_/g, ''), display } });

describe('body-site map', () => {
  test.each(['headFront', 'HEAD_FRONT'])(
    '%s: an image named by the site, the site outlined and hatched',
    async (code) => {
      const screen = await render(<LegitReportView report={withSite(code, 'Face and neck')} />);
      const map = screen.getByRole('img', { name: 'Body site: Face and neck' });
      await expect.element(map).toBeVisible();
      const shapes = map.element().querySelectorAll('[data-body-site]');
      expect([...shapes].map((s) => s.getAttribute('data-body-site'))).toEqual(['headFront']);
      const shape = shapes[0]!;
      // Not colour alone: a pattern fill and a thick outline.
      expect(shape.getAttribute('fill')).toMatch(/^url\(#.+\)$/);
      expect(map.element().querySelector(shape.getAttribute('fill')!.slice(4, -1))?.tagName).toBe('pattern');
      expect(Number(shape.getAttribute('stroke-width'))).toBeGreaterThanOrEqual(2);
      // Beside the name, in the header.
      expect(map.element().closest('.lrv-header')?.textContent).toContain('Face and neck');
      expect(await axeViolations(screen.container.querySelector('.lrv-header')!)).toEqual([]);
    },
  );

  test('a site seen from both sides is marked in both views; a code without a name is named by its code', async () => {
    const screen = await render(<LegitReportView report={withSite('ELBOW_LEFT', null)} />);
    const map = screen.getByRole('img', { name: 'Body site: ELBOW_LEFT' });
    await expect.element(map).toBeVisible();
    expect(map.element().querySelectorAll('[data-body-site="elbowLeft"]')).toHaveLength(2);
  });

  test('an unknown code shows the name without a map', async () => {
    const screen = await render(<LegitReportView report={withSite('lowerBack', 'Lower back')} />);
    await expect.element(screen.getByText('Lower back')).toBeVisible();
    expect(screen.container.querySelector('svg[role="img"]')).toBeNull();
    expect(screen.container.querySelector('[data-body-site]')).toBeNull();
  });

  test('in Spanish, with the site in the report’s words', async () => {
    const screen = await render(<LegitReportView report={withSite('trunkFront', 'Pecho y abdomen')} locale="es" />);
    await expect.element(screen.getByRole('img', { name: 'Localización anatómica: Pecho y abdomen' })).toBeVisible();
  });

  async function placed(width: number) {
    await page.viewport(width, 900);
    const screen = await render(<LegitReportView report={withSite('kneeRight', 'Right knee')} />);
    const map = screen.getByRole('img', { name: 'Body site: Right knee' });
    await expect.element(map).toBeVisible();
    const root = screen.container.querySelector<HTMLElement>('.lrv-root')!;
    const slot = map.element().closest('.lrv-body-map-slot')!;
    return { root, slot, header: root.querySelector('.lrv-header')!, map: map.element() };
  }

  test('wide: the map stands at the header’s top right', async () => {
    const { root, slot, header, map } = await placed(1024);
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
    expect(getComputedStyle(slot).position).toBe('absolute');
    expect(Math.round(header.getBoundingClientRect().right - map.getBoundingClientRect().right)).toBeLessThanOrEqual(1);
  });

  test('narrow: the map is under the site’s name, in its fact, and nothing overflows', async () => {
    const { root, slot } = await placed(360);
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
    expect(getComputedStyle(slot).position).toBe('static');
    expect(slot.closest('dd')?.textContent).toContain('Right knee');
  });
});
