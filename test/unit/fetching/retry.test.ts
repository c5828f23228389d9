import { describe, expect, it } from 'vitest';
import { errorFromHttpAnswer } from '../../../src/fetching/http-answer';
import { LegitReportError, type LegitReportErrorInit } from '../../../src/fetching/errors';
import { createRetryPolicy, isRetryableError, retryDelay, shouldRetry } from '../../../src/fetching/retry';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const err = (init: LegitReportErrorInit) => new LegitReportError(init);

describe('isRetryableError', () => {
  it.each<[string, unknown, boolean]>([
    ['network failure', err({ code: 'NETWORK' }), true],
    ['500', err({ code: 'UPSTREAM', status: 500 }), true],
    ['502 unreachable', errorFromHttpAnswer({ status: 502, body: { code: 'UPSTREAM_UNREACHABLE' } }), true],
    ['503 html', errorFromHttpAnswer({ status: 503, body: null }), true],
    ['504 upstream timeout', errorFromHttpAnswer({ status: 504, body: { code: 'UPSTREAM_TIMEOUT' } }), true],
    [
      '502 invalid upstream JSON (may be a cut-off body)',
      errorFromHttpAnswer({ status: 502, body: { code: 'UPSTREAM_INVALID_RESPONSE' } }),
      true,
    ],
    ['501 not implemented', errorFromHttpAnswer({ status: 501, body: null }), false],
    [
      '502 token refused (configuration, not luck)',
      errorFromHttpAnswer({ status: 502, body: { code: 'UPSTREAM_TOKEN_REFUSED' } }),
      false,
    ],
    [
      '502 success:false from Legit.Health',
      errorFromHttpAnswer({ status: 502, body: { code: 'UPSTREAM_REPORT_ERROR', errorCode: 'E1' } }),
      false,
    ],
    [
      '502 success:false without errorCode',
      errorFromHttpAnswer({ status: 502, body: { code: 'UPSTREAM_REPORT_ERROR' } }),
      false,
    ],
    [
      '502 upstream 5xx that carried an errorCode (still a fault)',
      errorFromHttpAnswer({ status: 502, body: { code: 'UPSTREAM_ERROR', errorCode: 'BUSY' } }),
      true,
    ],
    [
      '502 report over the size limit',
      errorFromHttpAnswer({ status: 502, body: { code: 'UPSTREAM_RESPONSE_TOO_LARGE' } }),
      false,
    ],
    [
      '500 the portal authorize hook threw',
      errorFromHttpAnswer({ status: 500, body: { code: 'AUTHORIZATION_FAILED' } }),
      true,
    ],
    [
      '422 upstream refused the request',
      errorFromHttpAnswer({ status: 422, body: { code: 'UPSTREAM_REPORT_ERROR', errorCode: 'E2' } }),
      false,
    ],
    ['400 unsupported locale', errorFromHttpAnswer({ status: 400, body: { code: 'INVALID_LOCALE' } }), false],
    ['envelope error read by the parser (no status)', err({ code: 'UPSTREAM', upstreamErrorCode: 'E1' }), false],
    ['429 without Retry-After', errorFromHttpAnswer({ status: 429, body: null }), true],
    ['429 Retry-After 3 s', errorFromHttpAnswer({ status: 429, body: null, retryAfter: '3' }), true],
    ['429 Retry-After 10 s (the cap)', errorFromHttpAnswer({ status: 429, body: null, retryAfter: '10' }), true],
    [
      '429 Retry-After 2 min (beyond the cap: left to the user)',
      errorFromHttpAnswer({ status: 429, body: null, retryAfter: '120' }),
      false,
    ],
    [
      '429 Retry-After HTTP-date 5 s ahead',
      errorFromHttpAnswer({ status: 429, body: null, retryAfter: 'Thu, 01 Jan 2026 00:00:05 GMT' }, NOW),
      true,
    ],
    [
      '429 Retry-After HTTP-date 1 h ahead',
      errorFromHttpAnswer({ status: 429, body: null, retryAfter: 'Thu, 01 Jan 2026 01:00:00 GMT' }, NOW),
      false,
    ],
    ['400', errorFromHttpAnswer({ status: 400, body: { code: 'BAD_REQUEST' } }), false],
    ['401', errorFromHttpAnswer({ status: 401, body: null }), false],
    ['403', errorFromHttpAnswer({ status: 403, body: null }), false],
    ['404', errorFromHttpAnswer({ status: 404, body: null }), false],
    ['408', errorFromHttpAnswer({ status: 408, body: null }), false],
    ['422', errorFromHttpAnswer({ status: 422, body: null }), false],
    ['client-side timeout (already waited the full time)', err({ code: 'TIMEOUT' }), false],
    ['unreadable 200 body', err({ code: 'INVALID_RESPONSE', status: 200 }), false],
    ['unreadable report (parser)', err({ code: 'INVALID_RESPONSE' }), false],
    ['a foreign error', new Error('x'), false],
  ])('%s → %s', (_label, error, expected) => {
    expect(isRetryableError(error)).toBe(expected);
  });
});

describe('shouldRetry (TanStack retry)', () => {
  const network = err({ code: 'NETWORK' });
  it.each([
    [0, true],
    [1, true],
    [2, false],
    [5, false],
  ])('after %i earlier failures → %s', (failureCount, expected) => {
    expect(shouldRetry(failureCount, network)).toBe(expected);
  });

  it('never retries a 404, even on the first failure', () => {
    expect(shouldRetry(0, errorFromHttpAnswer({ status: 404, body: null }))).toBe(false);
  });

  it('honours a custom bound', () => {
    const policy = createRetryPolicy({ maxRetries: 0 });
    expect(policy.shouldRetry(0, network)).toBe(false);
  });
});

describe('retryDelay (TanStack retryDelay)', () => {
  const upstream = err({ code: 'UPSTREAM', status: 503 });

  it.each([
    // [failureCount, random, expected] with base 500, max 5000: equal jitter in [step/2, step]
    [0, 0, 250],
    [0, 0.999999, 500],
    [1, 0, 500],
    [1, 0.5, 750],
    [2, 0, 1000],
    [10, 0, 2500], // capped step 5000
    [10, 0.999999, 5000],
  ])('backoff after %i failures with random=%d → %i ms', (failureCount, random, expected) => {
    expect(createRetryPolicy({ random: () => random }).retryDelay(failureCount, upstream)).toBe(expected);
  });

  it('grows with the failure count for the same jitter draw', () => {
    const policy = createRetryPolicy({ random: () => 0.3 });
    const delays = [0, 1, 2, 3].map((n) => policy.retryDelay(n, upstream));
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
    expect(new Set(delays).size).toBe(4);
  });

  it.each([
    ['7', 0, 7_000],
    ['7', 0.999999, 7_700], // never earlier than asked, at most 10% later
    ['0', 0.5, 0],
  ])('waits Retry-After %s s (random=%d) → %i ms', (retryAfter, random, expected) => {
    const error = errorFromHttpAnswer({ status: 429, body: null, retryAfter });
    expect(createRetryPolicy({ random: () => random }).retryDelay(0, error)).toBe(expected);
  });

  it('uses an HTTP-date Retry-After', () => {
    const error = errorFromHttpAnswer({ status: 429, body: null, retryAfter: 'Thu, 01 Jan 2026 00:00:04 GMT' }, NOW);
    expect(createRetryPolicy({ random: () => 0 }).retryDelay(0, error)).toBe(4_000);
  });

  it('falls back to backoff for a 429 without Retry-After', () => {
    const error = errorFromHttpAnswer({ status: 429, body: null });
    expect(createRetryPolicy({ random: () => 0 }).retryDelay(1, error)).toBe(500);
  });

  it('the default export stays inside the bounds', () => {
    for (let n = 0; n < 5; n++) {
      const delay = retryDelay(n, upstream);
      expect(delay).toBeGreaterThanOrEqual(Math.min(5000, 500 * 2 ** n) / 2);
      expect(delay).toBeLessThanOrEqual(Math.min(5000, 500 * 2 ** n));
    }
  });
});
