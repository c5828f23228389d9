import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../src/fetching/retry-after';

const NOW = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120_000],
    ['0', 0],
    [' 5 ', 5_000],
    ['Wed, 21 Oct 2015 07:28:30 GMT', 30_000],
    ['Wed, 21 Oct 2015 07:27:00 GMT', 0], // already past
    ['Wednesday, 21-Oct-15 07:28:10 GMT', 10_000], // obsolete RFC 850 form
    ['-1', undefined],
    ['1.5', undefined],
    ['', undefined],
    ['soon', undefined],
    ['Wed, 99 Foo 2015 xx GMT', undefined],
    [null, undefined],
    [undefined, undefined],
    ['99999999999999999999', undefined], // beyond safe integers
  ] as const)('%j → %j', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });
});
