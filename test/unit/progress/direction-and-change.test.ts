// Which way a score is better (from the report's own bands), and how a change reads.
import { describe, expect, test } from 'vitest';
import { scoreChange } from '../../../src/viewer/progress/change';
import { scoreDirection } from '../../../src/viewer/progress/direction';
import { formatSignedNumber, formatSignedPercent } from '../../../src/viewer/progress/format-change';
import { band } from '../../support/report-builders';
import { APASI_BANDS, UCT_BANDS } from '../../support/history-builders';

describe('scoreDirection', () => {
  test.each([
    ['APASI: severity rises with the score', APASI_BANDS, 'higherIsWorse'],
    ['UCT: severity falls as the score rises', UCT_BANDS, 'higherIsBetter'],
    ['bands in any order', [...UCT_BANDS].reverse(), 'higherIsBetter'],
    ['ALEGI: every band low, so the bands say nothing', [band('None', 0, 0, 1), band('Grade 1', 0, 10, 1)], null],
    ['no bands', [], null],
    ['bands without severities', [band('A', 0, 5, null), band('B', 5, 10, null)], null],
    ['bands that disagree (low, high, low)', [band('a', 0, 3, 1), band('b', 3, 6, 3), band('c', 6, 9, 1)], null],
    [
      'one band without a severity is ignored',
      [band('a', 0, 3, 1), band('?', 3, 6, null), band('c', 6, 9, 2)],
      'higherIsWorse',
    ],
  ] as const)('%s', (_, bands, expected) => {
    expect(scoreDirection(bands)).toBe(expected);
  });
});

describe('scoreChange', () => {
  test.each([
    // from, to, direction, delta, percent (rounded to 0.1), trend
    [6.3, 3.1, 'higherIsWorse', -3.2, -50.8, 'improving'],
    [3.1, 6.3, 'higherIsWorse', 3.2, 103.2, 'worsening'],
    [7, 13, 'higherIsBetter', 6, 85.7, 'improving'],
    [13, 7, 'higherIsBetter', -6, -46.2, 'worsening'],
    [4.5, 4.5, 'higherIsWorse', 0, 0, 'unchanged'],
    [8, 9, null, 1, 12.5, 'higher'],
    [9, 8, null, -1, -11.1, 'lower'],
    [0, 2.1, 'higherIsWorse', 2.1, null, 'worsening'],
    [0.15, 0.05, 'higherIsWorse', -0.1, -66.7, 'improving'],
  ] as const)('%d → %d (%s)', (from, to, direction, delta, percent, trend) => {
    const change = scoreChange(from, to, direction);
    expect(change.delta).toBe(delta);
    expect(change.percent === null ? null : Number(change.percent.toFixed(1))).toBe(percent);
    expect(change.trend).toBe(trend);
  });

  test('a tiny real difference is still a change, never "No change"', () => {
    expect(scoreChange(3, 3.01, 'higherIsWorse').trend).toBe('worsening');
  });
});

describe('signed numbers in the locale', () => {
  // Intl puts a no-break space before % in Spanish and German.
  test.each([
    ['en', -3.2, -50.79365, '−3.2', '−50.8%'],
    ['es', -3.2, -50.79365, '−3,2', '−50,8\u00a0%'],
    ['en', 6, 85.714, '+6', '+85.7%'],
    ['en', 0, 0, '0', '0%'],
    ['de', 1234.5, 1200, '+1.234,5', '+1.200\u00a0%'],
  ])('%s: %d and %d%%', (locale, delta, percent, deltaText, percentText) => {
    expect(formatSignedNumber(delta, locale)).toBe(deltaText);
    expect(formatSignedPercent(percent, locale)).toBe(percentText);
  });
});
