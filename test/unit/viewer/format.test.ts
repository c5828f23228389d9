import { describe, expect, test } from 'vitest';
import { decimalsOf, formatNumber, formatPercent } from '../../../src/viewer/model/format';

describe('formatPercent keeps the report precision; non-zero is never 0%', () => {
  test.each([
    [99.65, 'en', '99.65%'],
    [0.06, 'en', '0.06%'],
    [0.004, 'en', '0.004%'],
    [0.0000012, 'en', '0.000001%'],
    [1e-9, 'en', '<0.000001%'],
    [0, 'en', '0%'],
    [100, 'en', '100%'],
    [80.0, 'en', '80%'],
    [99.65, 'es', '99,65\u00a0%'],
  ])('%s (%s) → %s', (value, locale, text) => {
    expect(formatPercent(value, locale)).toBe(text);
  });
});

test('decimalsOf reads exponent notation', () => {
  expect([decimalsOf(1e-7), decimalsOf(12.5), decimalsOf(3), decimalsOf(0.91670727729797)]).toEqual([6, 1, 0, 6]);
});

test('formatNumber caps digits where asked', () => {
  expect(formatNumber(0.91670727729797, 'en', 2)).toBe('0.92');
  expect(formatNumber(6.3, 'es')).toBe('6,3');
});
