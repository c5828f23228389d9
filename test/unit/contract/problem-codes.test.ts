import { describe, expect, it } from 'vitest';
import { isProxyProblemCode, PROXY_PROBLEMS, type ProxyProblemCode } from '../../../src/contract/problem-codes';
import { errorFromHttpAnswer } from '../../../src/fetching/http-answer';
import { isRetryableError } from '../../../src/fetching/retry';

const CODES = Object.keys(PROXY_PROBLEMS) as ProxyProblemCode[];

describe('the proxy problem table', () => {
  it('gives each code the status the proxy has always answered with', () => {
    const statuses = Object.fromEntries(CODES.map((code) => [code, PROXY_PROBLEMS[code].status]));
    expect(statuses).toEqual({
      INVALID_REPORT_ID: 400,
      INVALID_FORMAT: 400,
      INVALID_LOCALE: 400,
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      ORIGIN_NOT_ALLOWED: 403,
      RATE_LIMITED: 429,
      AUTH_UNAVAILABLE: 503,
      RATE_LIMIT_UNAVAILABLE: 503,
      ROUTE_NOT_FOUND: 404,
      METHOD_NOT_ALLOWED: 405,
      NOT_FOUND: 404,
      UPSTREAM_TIMEOUT: 504,
      UPSTREAM_UNREACHABLE: 502,
      UPSTREAM_TOKEN_REFUSED: 502,
      UPSTREAM_RATE_LIMITED: 429,
      UPSTREAM_ERROR: 502,
      UPSTREAM_INVALID_RESPONSE: 502,
      UPSTREAM_RESPONSE_TOO_LARGE: 502,
      UPSTREAM_REPORT_ERROR: 502,
      AUTHORIZATION_FAILED: 500,
      INTERNAL_ERROR: 500,
      PROXY_MISCONFIGURED: 500,
    });
    expect(PROXY_PROBLEMS.UPSTREAM_REPORT_ERROR.alsoStatus).toBe(422);
  });

  it('calls retryable exactly the answers a second try can change', () => {
    expect(CODES.filter((code) => PROXY_PROBLEMS[code].retryable)).toEqual([
      'RATE_LIMITED',
      'AUTH_UNAVAILABLE',
      'RATE_LIMIT_UNAVAILABLE',
      'UPSTREAM_TIMEOUT',
      'UPSTREAM_UNREACHABLE',
      'UPSTREAM_RATE_LIMITED',
      'UPSTREAM_ERROR',
      'UPSTREAM_INVALID_RESPONSE',
      'AUTHORIZATION_FAILED',
      'INTERNAL_ERROR',
    ]);
  });

  it('tells codes from other strings, inherited names included', () => {
    expect(isProxyProblemCode('UPSTREAM_TIMEOUT')).toBe(true);
    expect(isProxyProblemCode('BAD_REQUEST')).toBe(false);
    expect(isProxyProblemCode('constructor')).toBe(false);
    expect(isProxyProblemCode('__proto__')).toBe(false);
    expect(isProxyProblemCode(undefined)).toBe(false);
  });
});

describe('the widget reads proxy answers through the same table', () => {
  it.each(CODES)('%s with its own status: retried exactly when the table says so', (code) => {
    const { status, retryable } = PROXY_PROBLEMS[code];
    const error = errorFromHttpAnswer({ status, body: { code }, retryAfter: '1' });
    expect(error.proxyCode).toBe(code);
    expect(isRetryableError(error)).toBe(retryable);
  });

  it('shows the hint of a code whose status alone would mislead', () => {
    expect(errorFromHttpAnswer({ status: 404, body: { code: 'ROUTE_NOT_FOUND' } }).message).toBe(
      PROXY_PROBLEMS.ROUTE_NOT_FOUND.hint,
    );
    expect(errorFromHttpAnswer({ status: 502, body: { code: 'UPSTREAM_TOKEN_REFUSED' } }).message).toBe(
      PROXY_PROBLEMS.UPSTREAM_TOKEN_REFUSED.hint,
    );
    expect(errorFromHttpAnswer({ status: 500, body: { code: 'PROXY_MISCONFIGURED' } }).message).toBe(
      PROXY_PROBLEMS.PROXY_MISCONFIGURED.hint,
    );
  });
});
