// CORS, the authorize hook and the rate limit: who may call the proxy, and how often.
import { describe, expect, it } from 'vitest';
import { MemoryRateLimitStore, type RateLimitStore } from '../../src/proxy/index.ts';
import { harnessPerTest, readJson, type Harness } from './harness.ts';

const PORTAL = 'https://portal.example';
const harness = harnessPerTest();

const report = (hh: Harness, init?: RequestInit, id = 'abcdefgh12') =>
  fetch(`${hh.url}/anonymous-diagnostic-reports/${id}?format=raw`, init);

describe('CORS', () => {
  it('echoes an allowed origin, varies on Origin and exposes the headers a widget reads', async () => {
    const hh = await harness({ allowedOrigins: [PORTAL, 'http://localhost:5173'] });
    const response = await report(hh, { headers: { Origin: PORTAL, 'Sec-Fetch-Site': 'cross-site' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(response.headers.get('vary')).toContain('Origin');
    expect(response.headers.get('access-control-expose-headers')).toContain('Retry-After');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('gives a refused origin no CORS headers and refuses its browser requests before any upstream call', async () => {
    const hh = await harness({ allowedOrigins: [PORTAL] });
    const response = await report(hh, { headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' } });
    expect(response.status).toBe(403);
    expect(await readJson(response)).toMatchObject({ code: 'ORIGIN_NOT_ALLOWED' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('vary')).toContain('Origin');
    expect(hh.upstream.requests).toHaveLength(0);
  });

  it.each([
    ['a same-origin browser call carrying Origin', { Origin: 'http://127.0.0.1', 'Sec-Fetch-Site': 'same-origin' }],
    ['a server-to-server call without Origin', {}],
  ])('serves %s, without CORS headers', async (_name, headers) => {
    const hh = await harness({ allowedOrigins: [PORTAL] });
    const response = await report(hh, { headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('matches origins exactly (no prefix, suffix, scheme or port variants)', async () => {
    const hh = await harness({ allowedOrigins: [PORTAL] });
    for (const origin of [
      'https://portal.example.evil.com',
      'http://portal.example',
      'https://portal.example:8443',
      'https://sub.portal.example',
      'null',
    ]) {
      const response = await report(hh, { headers: { Origin: origin } });
      expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });

  it('answers a preflight from an allowed origin, and a refused one without CORS headers', async () => {
    const hh = await harness({ allowedOrigins: [PORTAL], companyAppKeys: true });
    const preflight = (origin: string, path: string, method: string) =>
      fetch(`${hh.url}${path}`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': method,
          'Access-Control-Request-Headers': 'content-type',
        },
      });
    const allowed = await preflight(PORTAL, '/anonymous-diagnostic-reports/abcdefgh12', 'GET');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(allowed.headers.get('access-control-allow-methods')).toBe('GET');
    expect(allowed.headers.get('access-control-allow-headers')).toBe('Content-Type');
    expect(allowed.headers.get('vary')).toContain('Origin');

    const appKeys = await preflight(PORTAL, '/company-app-keys', 'POST');
    expect(appKeys.headers.get('access-control-allow-methods')).toBe('POST');

    const refused = await preflight('https://evil.example', '/anonymous-diagnostic-reports/abcdefgh12', 'GET');
    expect(refused.status).toBe(204);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(refused.headers.get('access-control-allow-methods')).toBeNull();
    expect(hh.upstream.requests).toHaveLength(0);
  });

  it('lets a portal allow its session header and cookies for the authorize hook (never forwarded)', async () => {
    const hh = await harness({
      allowedOrigins: [PORTAL],
      corsAllowHeaders: ['Content-Type', 'X-Portal-Session'],
      corsCredentials: true,
      authorize: (request) => request.headers.get('x-portal-session') === 's1',
    });
    const preflight = await fetch(`${hh.url}/anonymous-diagnostic-reports/abcdefgh12`, {
      method: 'OPTIONS',
      headers: {
        Origin: PORTAL,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'x-portal-session',
      },
    });
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Content-Type, X-Portal-Session');
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    const response = await report(hh, { headers: { Origin: PORTAL, 'X-Portal-Session': 's1', Cookie: 'sid=1' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(hh.upstream.requests[0]?.headers['x-portal-session']).toBeUndefined();
    expect(hh.upstream.requests[0]?.headers.cookie).toBeUndefined();
  });

  it('allows no cross-origin caller by default', async () => {
    const hh = await harness();
    const response = await report(hh, { headers: { Origin: PORTAL } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('authorize hook', () => {
  it('receives the request and the decoded id; false → 403 before any upstream call', async () => {
    const seen: { id: string; session: string | null }[] = [];
    const hh = await harness({
      authorize: (request, id) => {
        seen.push({ id, session: request.headers.get('x-portal-session') });
        return request.headers.get('x-portal-session') === 'clinician-1' && id === 'ab/cdefgh';
      },
    });
    const denied = await report(
      hh,
      { headers: { 'x-portal-session': 'someone-else' } },
      encodeURIComponent('ab/cdefgh'),
    );
    expect(denied.status).toBe(403);
    expect(await readJson(denied)).toMatchObject({ code: 'FORBIDDEN' });
    expect(hh.upstream.requests).toHaveLength(0);

    const allowed = await report(
      hh,
      { headers: { 'x-portal-session': 'clinician-1' } },
      encodeURIComponent('ab/cdefgh'),
    );
    expect(allowed.status).toBe(200);
    expect(hh.upstream.requests).toHaveLength(1);
    // The portal's session header is for the hook only: it is not forwarded.
    expect(hh.upstream.requests[0]?.headers['x-portal-session']).toBeUndefined();
    expect(seen).toEqual([
      { id: 'ab/cdefgh', session: 'someone-else' },
      { id: 'ab/cdefgh', session: 'clinician-1' },
    ]);
  });

  it('awaits an async hook, and treats a throwing hook as a 500 without calling upstream', async () => {
    const hh = await harness({
      authorize: async (request) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (request.headers.get('x-mode') === 'throw') throw new Error('session store down: secret detail');
        return true;
      },
    });
    expect((await report(hh)).status).toBe(200);
    const failed = await report(hh, { headers: { 'x-mode': 'throw' } });
    expect(failed.status).toBe(500);
    const body = await readJson(failed);
    expect(body).toMatchObject({ code: 'AUTHORIZATION_FAILED' });
    expect(JSON.stringify(body)).not.toContain('secret detail');
    expect(hh.upstream.requests).toHaveLength(1);
  });

  it('is not called for malformed input (validation comes first)', async () => {
    let calls = 0;
    const hh = await harness({ authorize: () => ++calls > 0 });
    expect((await report(hh, undefined, 'bad')).status).toBe(400);
    expect(calls).toBe(0);
  });
});

describe('rate limit', () => {
  it('counts per client, sets RateLimit headers on proxied responses, and answers 429 with Retry-After', async () => {
    const hh = await harness({
      rateLimit: { limit: 2, windowMs: 60_000, key: (r) => r.headers.get('x-client') ?? 'anon' },
    });
    const first = await report(hh, { headers: { 'x-client': 'a' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-limit')).toBe('2');
    expect(first.headers.get('ratelimit-remaining')).toBe('1');
    expect(Number(first.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    expect((await report(hh, { headers: { 'x-client': 'a' } })).headers.get('ratelimit-remaining')).toBe('0');

    const limited = await report(hh, { headers: { 'x-client': 'a' } });
    expect(limited.status).toBe(429);
    expect(await readJson(limited)).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    expect(hh.upstream.requests).toHaveLength(2);

    // Another client has its own bucket.
    expect((await report(hh, { headers: { 'x-client': 'b' } })).status).toBe(200);
  });

  it('uses the TCP peer address by default on Node, and does not limit /healthz', async () => {
    const hh = await harness({ rateLimit: { limit: 1, windowMs: 60_000 } });
    expect((await report(hh)).status).toBe(200);
    expect((await report(hh)).status).toBe(429);
    expect((await fetch(`${hh.url}/healthz`)).status).toBe(200);
  });

  it('is on by default (60 per minute)', async () => {
    const hh = await harness({ rateLimit: undefined });
    const response = await report(hh);
    expect(response.headers.get('ratelimit-limit')).toBe('60');
  });

  it('uses a pluggable store', async () => {
    const calls: string[] = [];
    const store: RateLimitStore = {
      increment: (key, windowMs) => {
        calls.push(`${key}:${windowMs}`);
        return Promise.resolve({ count: 99, resetAt: Date.now() + 5_000 });
      },
    };
    const hh = await harness({ rateLimit: { limit: 10, windowMs: 1_000, store, key: () => 'k' } });
    const response = await report(hh);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(calls).toEqual(['k:1000']);
  });
});

describe('MemoryRateLimitStore', () => {
  it('counts in fixed windows and starts again after the window', async () => {
    let now = 1_000;
    const store = new MemoryRateLimitStore({ now: () => now });
    expect(await store.increment('a', 100)).toEqual({ count: 1, resetAt: 1_100 });
    expect(await store.increment('a', 100)).toEqual({ count: 2, resetAt: 1_100 });
    expect(await store.increment('b', 100)).toEqual({ count: 1, resetAt: 1_100 });
    now = 1_100;
    expect(await store.increment('a', 100)).toEqual({ count: 1, resetAt: 1_200 });
  });

  it('sweeps expired windows and bounds the number of tracked clients', async () => {
    let now = 0;
    const store = new MemoryRateLimitStore({ now: () => now, maxKeys: 3 });
    for (const key of ['a', 'b', 'c', 'd', 'e']) await store.increment(key, 1_000);
    expect(store.size).toBeLessThanOrEqual(3);
    now = 2_000;
    await store.increment('z', 1_000);
    expect(store.size).toBe(1);
  });
});
