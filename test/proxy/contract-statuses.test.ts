// Every problem code of the contract, reached through the real proxy over loopback HTTP: each answer
// carries the status the contract's table gives its code, so the two cannot drift apart.
import { describe, expect, it } from 'vitest';
import { PROXY_PROBLEMS, type ProxyProblemCode } from '../../src/contract/problem-codes.ts';
import { RateLimitStoreUnavailableError, type LegitProxyOptions } from '../../src/proxy/index.ts';
import type { Behaviour } from '../support/fake-upstream.ts';
import { harnessPerTest, readJson, type Harness } from './harness.ts';

interface Scenario {
  code: ProxyProblemCode;
  status: number;
  options?: Partial<LegitProxyOptions>;
  upstream?: Behaviour;
  request?: (h: Harness) => Promise<Response>;
}

const report = (h: Harness, query = 'format=raw', init?: RequestInit) =>
  fetch(`${h.url}/anonymous-diagnostic-reports/abcdefgh12?${query}`, init);
const upstreamError = (status: number): Behaviour => ({
  kind: 'json',
  status,
  body: { success: false, message: 'no', errorCode: 'E1', data: null },
});

const scenarios: Scenario[] = [
  { code: 'INVALID_REPORT_ID', status: 400, request: (h) => fetch(`${h.url}/anonymous-diagnostic-reports/short`) },
  { code: 'INVALID_FORMAT', status: 400, request: (h) => report(h, 'format=xml') },
  { code: 'INVALID_LOCALE', status: 400, request: (h) => report(h, 'locale=english') },
  { code: 'UNAUTHENTICATED', status: 401, options: { authorize: () => ({ refuse: 401 }) } },
  { code: 'FORBIDDEN', status: 403, options: { authorize: () => false } },
  { code: 'AUTH_UNAVAILABLE', status: 503, options: { authorize: () => ({ refuse: 503 }) } },
  {
    code: 'RATE_LIMIT_UNAVAILABLE',
    status: 503,
    options: {
      rateLimit: {
        limit: 10,
        windowMs: 60_000,
        store: {
          increment: () => Promise.reject(new RateLimitStoreUnavailableError('store down', { failOpen: false })),
        },
      },
    },
  },
  {
    code: 'ORIGIN_NOT_ALLOWED',
    status: 403,
    request: (h) =>
      report(h, 'format=raw', { headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' } }),
  },
  {
    code: 'RATE_LIMITED',
    status: 429,
    options: { rateLimit: { limit: 1, windowMs: 60_000 } },
    request: async (h) => {
      await (await report(h)).arrayBuffer();
      return report(h);
    },
  },
  { code: 'ROUTE_NOT_FOUND', status: 404, request: (h) => fetch(`${h.url}/no-such-route`) },
  { code: 'METHOD_NOT_ALLOWED', status: 405, request: (h) => report(h, 'format=raw', { method: 'DELETE' }) },
  { code: 'NOT_FOUND', status: 404, upstream: upstreamError(404) },
  {
    code: 'UPSTREAM_TIMEOUT',
    status: 504,
    options: { timeoutMs: 200 },
    upstream: { kind: 'slow', delayMs: 5_000, then: { kind: 'json', body: {} } },
  },
  { code: 'UPSTREAM_UNREACHABLE', status: 502, upstream: { kind: 'drop' } },
  { code: 'UPSTREAM_TOKEN_REFUSED', status: 502, upstream: upstreamError(401) },
  { code: 'UPSTREAM_RATE_LIMITED', status: 429, upstream: upstreamError(429) },
  { code: 'UPSTREAM_ERROR', status: 502, upstream: upstreamError(503) },
  {
    code: 'UPSTREAM_INVALID_RESPONSE',
    status: 502,
    upstream: { kind: 'raw', body: '<html>', headers: { 'content-type': 'text/html' } },
  },
  {
    code: 'UPSTREAM_RESPONSE_TOO_LARGE',
    status: 502,
    upstream: { kind: 'huge', bytes: 6 * 1024 * 1024, contentType: 'application/json', declareLength: true },
  },
  { code: 'UPSTREAM_REPORT_ERROR', status: 502, upstream: upstreamError(200) },
  { code: 'UPSTREAM_REPORT_ERROR', status: 422, upstream: upstreamError(400) },
  {
    code: 'AUTHORIZATION_FAILED',
    status: 500,
    options: {
      authorize: () => {
        throw new Error('session store down');
      },
    },
  },
  {
    code: 'INTERNAL_ERROR',
    status: 500,
    options: {
      rateLimit: {
        limit: 10,
        windowMs: 60_000,
        key: () => {
          throw new Error('no client address');
        },
      },
    },
  },
  // Options are checked on the first request: a proxy created with invalid ones answers this to all.
  { code: 'PROXY_MISCONFIGURED', status: 500, options: { timeoutMs: 0, logger: { info() {}, warn() {}, error() {} } } },
];

describe('the proxy answers each problem code with its status from the contract', () => {
  const harness = harnessPerTest();

  it('has a scenario for every code of the table', () => {
    expect(new Set(scenarios.map((s) => s.code))).toEqual(new Set(Object.keys(PROXY_PROBLEMS)));
  });

  it.each(scenarios)('$code → $status', async ({ code, status, options, upstream, request = report }) => {
    const h = await harness(options);
    if (upstream !== undefined) h.upstream.respondWith(upstream);
    const response = await request(h);
    expect(await readJson(response)).toMatchObject({ code });
    expect(response.status).toBe(status);
    const row = PROXY_PROBLEMS[code];
    expect([row.status, 'alsoStatus' in row ? row.alsoStatus : row.status]).toContain(response.status);
  });
});
