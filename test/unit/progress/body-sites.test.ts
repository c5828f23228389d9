// Every one of Legit.Health's 34 body-site codes, in both spellings, reaches a region of the map.
import { describe, expect, test } from 'vitest';
import { boxOf, FIGURE_HEIGHT, FIGURE_WIDTH, REGIONS } from '../../../src/viewer/body-map/geometry';
import { BODY_SITES, bodySiteCode } from '../../../src/viewer/body-map/sites';

/** `headFront` → `HEAD_FRONT`, as v2 and the SDKs spell it. */
const screamingSnake = (code: string) => code.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();

describe('body-site codes', () => {
  test('the list is the 34 published codes, once each', () => {
    expect(new Set(BODY_SITES).size).toBe(34);
  });

  test.each(BODY_SITES)('%s: both spellings map to it, and it is drawn inside the figures', (code) => {
    expect(bodySiteCode(code)).toBe(code);
    expect(bodySiteCode(screamingSnake(code))).toBe(code);
    const front = REGIONS[code]('front');
    const back = REGIONS[code]('back');
    expect(front.length + back.length).toBeGreaterThan(0);
    for (const shapes of [front, back]) {
      const box = boxOf(shapes);
      if (box === null) continue;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(FIGURE_WIDTH);
      expect(box.y + box.height).toBeLessThanOrEqual(FIGURE_HEIGHT);
    }
  });

  test('left and right are the patient’s: from the front the left arm is on the viewer’s right', () => {
    const centre = (code: 'armLeft' | 'armRight', view: 'front' | 'back') => {
      const box = boxOf(REGIONS[code](view))!;
      return box.x + box.width / 2;
    };
    expect(centre('armLeft', 'front')).toBeGreaterThan(FIGURE_WIDTH / 2);
    expect(centre('armLeft', 'back')).toBeLessThan(FIGURE_WIDTH / 2);
    expect(centre('armRight', 'front')).toBeLessThan(FIGURE_WIDTH / 2);
  });

  test('front-only and back-only sites', () => {
    expect(REGIONS.trunkFront('back')).toEqual([]);
    expect(REGIONS.trunkBack('front')).toEqual([]);
    expect(REGIONS.headBack('front')).toEqual([]);
  });

  test.each(['', 'elbow', 'HEAD FRONT!', 'lowerBack', 'constructor'])('%j is not on the map', (code) => {
    // "HEAD FRONT!" normalises to headfront like the published spellings: the key ignores separators.
    expect(bodySiteCode(code)).toBe(code === 'HEAD FRONT!' ? 'headFront' : null);
  });
});
