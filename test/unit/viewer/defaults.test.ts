import { describe, expect, test } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../../src/index';
import { resolveThresholds } from '../../../src/viewer/defaults';

describe('DEFAULT_THRESHOLDS', () => {
  test('is frozen: no widget can change another one’s defaults', () => {
    expect(Object.isFrozen(DEFAULT_THRESHOLDS)).toBe(true);
    expect(() => {
      (DEFAULT_THRESHOLDS as Record<string, number | null>).malignancy = 1;
    }).toThrow(TypeError);
    expect(DEFAULT_THRESHOLDS.malignancy).toBe(50);
  });
});

describe('resolveThresholds', () => {
  test.each([
    ['nothing given: the defaults', undefined, { pigmentedLesion: 50, adjustedMalignancy: 50 }],
    ['undefined keeps the default', { pigmentedLesion: undefined }, { pigmentedLesion: 50 }],
    ['null turns a callout off', { pigmentedLesion: null }, { pigmentedLesion: null }],
    ['zero is a real threshold', { pigmentedLesion: 0 }, { pigmentedLesion: 0 }],
    ['a number for adjusted malignancy', { adjustedMalignancy: 40 }, { adjustedMalignancy: 40 }],
    ['NaN keeps the default', { pigmentedLesion: Number.NaN }, { pigmentedLesion: 50 }],
  ])('%s', (_name, portal, expected) => {
    const resolved = resolveThresholds(portal);
    expect(resolved).toMatchObject(expected);
    expect(Object.keys(resolved).sort()).toEqual(Object.keys(DEFAULT_THRESHOLDS).sort());
    expect(Object.values(resolved).every((v) => v === null || Number.isFinite(v))).toBe(true);
  });
});
