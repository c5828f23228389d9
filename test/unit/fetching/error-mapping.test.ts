import { describe, expect, it } from 'vitest';
import { errorFromParse, toLegitReportError } from '../../../src/fetching/error-mapping';
import { errorFromHttpAnswer } from '../../../src/fetching/http-answer';
import { LEGIT_REPORT_ERROR_CODES, type LegitReportErrorCode } from '../../../src/fetching/error-codes';
import { LegitReportError } from '../../../src/fetching/errors';
import { ReportEnvelopeError, ReportParseError } from '../../../src/report/errors';

const NOW = Date.parse('2026-01-01T00:00:00Z');

describe('errorFromHttpAnswer: status first, then the proxy body code', () => {
  it.each<[number, unknown, string | null, LegitReportErrorCode, Partial<LegitReportError>]>([
    // Statuses that decide on their own, whatever the body says.
    [401, null, null, 'UNAUTHORIZED', {}],
    [401, { code: 'UPSTREAM_ERROR' }, null, 'UNAUTHORIZED', { proxyCode: 'UPSTREAM_ERROR' }],
    [403, { code: 'FORBIDDEN', message: 'not your patient' }, null, 'FORBIDDEN', {}],
    [404, { code: 'NOT_FOUND' }, null, 'NOT_FOUND', {}],
    [410, null, null, 'NOT_FOUND', {}],
    [429, { code: 'RATE_LIMITED' }, '7', 'RATE_LIMITED', { retryAfterMs: 7_000 }],
    [429, null, 'Thu, 01 Jan 2026 00:00:30 GMT', 'RATE_LIMITED', { retryAfterMs: 30_000 }],
    [429, null, null, 'RATE_LIMITED', { retryAfterMs: undefined }],
    // A malformed id (the proxy's 400) is "no such report" to a person.
    [400, { code: 'BAD_REQUEST', message: 'bad id' }, null, 'NOT_FOUND', { proxyCode: 'BAD_REQUEST' }],
    [400, null, null, 'NOT_FOUND', {}],
    [400, { code: 'INVALID_REPORT_ID' }, null, 'NOT_FOUND', { proxyCode: 'INVALID_REPORT_ID' }],
    // The widget and its server disagree on options: a setup problem, not a missing report.
    [400, { code: 'INVALID_LOCALE' }, null, 'UPSTREAM', { proxyCode: 'INVALID_LOCALE' }],
    [400, { code: 'INVALID_FORMAT' }, null, 'UPSTREAM', {}],
    [403, { code: 'ORIGIN_NOT_ALLOWED' }, null, 'FORBIDDEN', {}],
    [404, { code: 'ROUTE_NOT_FOUND' }, null, 'NOT_FOUND', {}],
    [429, { code: 'UPSTREAM_RATE_LIMITED' }, '2', 'RATE_LIMITED', { retryAfterMs: 2_000 }],
    [
      422,
      { code: 'UPSTREAM_REPORT_ERROR', errorCode: 'INVALID_ID' },
      null,
      'UPSTREAM',
      { upstreamErrorCode: 'INVALID_ID' },
    ],
    [502, { code: 'UPSTREAM_ERROR', errorCode: 'SERVER_BUSY' }, null, 'UPSTREAM', { upstreamErrorCode: 'SERVER_BUSY' }],
    [502, { code: 'UPSTREAM_RESPONSE_TOO_LARGE' }, null, 'UPSTREAM', {}],
    [500, { code: 'AUTHORIZATION_FAILED' }, null, 'UPSTREAM', {}],
    // The server's token refused upstream: a server fault, never "you are signed out".
    [502, { code: 'UPSTREAM_TOKEN_REFUSED' }, null, 'UPSTREAM', { proxyCode: 'UPSTREAM_TOKEN_REFUSED' }],
    [502, { code: 'UPSTREAM_UNREACHABLE' }, null, 'UPSTREAM', {}],
    [504, { code: 'UPSTREAM_TIMEOUT' }, null, 'TIMEOUT', {}],
    [504, null, null, 'TIMEOUT', {}],
    [408, null, null, 'TIMEOUT', {}],
    [502, { code: 'UPSTREAM_INVALID_RESPONSE' }, null, 'INVALID_RESPONSE', {}],
    [
      502,
      { code: 'UPSTREAM_REPORT_ERROR', errorCode: 'REPORT_NOT_READY' },
      null,
      'UPSTREAM',
      { upstreamErrorCode: 'REPORT_NOT_READY' },
    ],
    [500, { code: 'UPSTREAM_ERROR' }, null, 'UPSTREAM', {}],
    [503, '<html>down</html>', null, 'UPSTREAM', { proxyCode: undefined }],
    // A body cannot move a fault across the 4xx/5xx line.
    [502, { code: 'NOT_FOUND' }, null, 'UPSTREAM', {}],
    [422, { code: 'UPSTREAM_TIMEOUT' }, null, 'UPSTREAM', {}],
    [422, { code: 'FORBIDDEN' }, null, 'FORBIDDEN', {}],
    [405, null, null, 'UPSTREAM', {}],
    // Retry-After matters only for rate limits.
    [503, null, '5', 'UPSTREAM', { retryAfterMs: undefined }],
    // Untrusted codes that are not short machine codes are dropped.
    [
      502,
      { code: '<script>alert(1)</script>', errorCode: 'x'.repeat(500) },
      null,
      'UPSTREAM',
      { proxyCode: undefined, upstreamErrorCode: undefined },
    ],
    [502, ['UPSTREAM_TIMEOUT'], null, 'UPSTREAM', {}],
  ])('%i %j (Retry-After %j) → %s', (status, body, retryAfter, code, extra) => {
    const error = errorFromHttpAnswer({ status, body, retryAfter }, NOW);
    expect(error).toBeInstanceOf(LegitReportError);
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error).toMatchObject(extra);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it('names the server-side cause when the token was refused, so nobody signs in again for nothing', () => {
    const error = errorFromHttpAnswer({ status: 502, body: { code: 'UPSTREAM_TOKEN_REFUSED' } });
    expect(error.message).toMatch(/credentials/);
    expect(error.message).not.toMatch(/sign in/i);
  });

  it('says when the proxy URL itself is wrong', () => {
    expect(errorFromHttpAnswer({ status: 404, body: { code: 'ROUTE_NOT_FOUND' } }).message).toMatch(/proxy URL/);
  });

  it('tells how long to wait when the server said so', () => {
    expect(errorFromHttpAnswer({ status: 429, body: null, retryAfter: '1' }).message).toMatch(/1 second\./);
    expect(errorFromHttpAnswer({ status: 429, body: null, retryAfter: '30' }).message).toMatch(/30 seconds/);
  });
});

describe('every code has its own English message', () => {
  it('no two codes share a default message', () => {
    const messages = LEGIT_REPORT_ERROR_CODES.map((code) => new LegitReportError({ code }).message);
    expect(new Set(messages).size).toBe(LEGIT_REPORT_ERROR_CODES.length);
  });
});

describe('toLegitReportError: whatever a transport threw', () => {
  const timeout = new DOMException('late', 'TimeoutError');
  it.each<[string, unknown, LegitReportErrorCode, number | undefined]>([
    ['fetch network failure (TypeError)', new TypeError('Failed to fetch'), 'NETWORK', undefined],
    ['a TimeoutError DOMException', timeout, 'TIMEOUT', undefined],
    ['an error with status 404', Object.assign(new Error('nf'), { status: 404 }), 'NOT_FOUND', 404],
    [
      'an axios-like error with response.status 503',
      Object.assign(new Error('x'), { response: { status: 503 } }),
      'UPSTREAM',
      503,
    ],
    ['a status outside 4xx/5xx is ignored', Object.assign(new Error('x'), { status: 200 }), 'NETWORK', undefined],
    ['a SyntaxError from response.json()', new SyntaxError('Unexpected token <'), 'INVALID_RESPONSE', undefined],
    ['a thrown string', 'boom', 'NETWORK', undefined],
    ['a ReportEnvelopeError', new ReportEnvelopeError('E42', 'nope'), 'UPSTREAM', undefined],
  ])('%s → %s', (_label, thrown, code, status) => {
    const error = toLegitReportError(thrown);
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.cause).toBe(thrown);
  });

  it('passes a LegitReportError through unchanged', () => {
    const original = new LegitReportError({ code: 'FORBIDDEN' });
    expect(toLegitReportError(original)).toBe(original);
  });
});

describe('errorFromParse', () => {
  it('maps a success:false envelope to UPSTREAM with its errorCode', () => {
    const error = errorFromParse(new ReportEnvelopeError('INVALID_ID', 'The id is invalid'));
    expect(error).toMatchObject({ code: 'UPSTREAM', upstreamErrorCode: 'INVALID_ID' });
    expect(error.message).toContain('INVALID_ID');
  });

  it('maps an envelope without errorCode to UPSTREAM without one', () => {
    expect(errorFromParse(new ReportEnvelopeError(null, null))).toMatchObject({
      code: 'UPSTREAM',
      upstreamErrorCode: undefined,
    });
  });

  it.each([
    ['ReportParseError', new ReportParseError('data.result', 'an object')],
    ['a parser bug', new RangeError('oops')],
  ])('maps %s to INVALID_RESPONSE', (_label, thrown) => {
    const error = errorFromParse(thrown);
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.cause).toBe(thrown);
  });
});
