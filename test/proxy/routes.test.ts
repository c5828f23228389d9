// /healthz, POST /company-app-keys, unknown routes, and the fetch handler used without an HTTP server.
import { describe, expect, it } from 'vitest';
import { createLegitProxy } from '../../src/proxy/index.ts';
import { harnessPerTest, readJson, TOKEN } from './harness.ts';

const harness = harnessPerTest();

describe('GET /healthz', () => {
  it('answers ok without calling upstream', async () => {
    const hh = await harness({ basePath: '/api/legit' });
    const response = await fetch(`${hh.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(hh.upstream.requests).toHaveLength(0);
  });
});

describe('routes outside the contract', () => {
  it.each([
    ['/', 'GET'],
    ['/anonymous-diagnostic-reports', 'GET'],
    ['/company/company-app-keys', 'POST'],
    ['/s2s-api/v3/anonymous-diagnostic-reports/abcdefgh12', 'GET'],
    ['/company-app-keys', 'POST'],
  ])('%s (%s) → 404 JSON, nothing sent upstream', async (path, method) => {
    const hh = await harness();
    const response = await fetch(`${hh.url}${path}`, { method });
    expect(response.status).toBe(404);
    expect(await readJson(response)).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
    expect(hh.upstream.requests).toHaveLength(0);
  });

  it('serves nothing outside basePath', async () => {
    const hh = await harness({ basePath: '/api/legit' });
    const origin = new URL(hh.url).origin;
    expect((await fetch(`${origin}/anonymous-diagnostic-reports/abcdefgh12`)).status).toBe(404);
    expect((await fetch(`${origin}/api/legit/anonymous-diagnostic-reports/abcdefgh12`)).status).toBe(200);
  });
});

describe('POST /company-app-keys', () => {
  const ALNUM_64_PLUS = /^[A-Za-z0-9]{64,}$/;

  it('mints a random 64+ alphanumeric key expiring in about ten minutes, registered upstream with the token', async () => {
    const hh = await harness({ companyAppKeys: true, authorizeCompanyAppKey: () => true, basePath: '/api/legit' });
    const before = Date.now();
    const response = await fetch(`${hh.url}/company-app-keys`, {
      method: 'POST',
      headers: { Cookie: 'session=1', Authorization: 'Bearer x' },
      body: '{"appKey":"chosen-by-client"}',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await readJson(response);
    expect(Object.keys(body).sort()).toEqual(['appKey', 'expiresAt']);
    expect(body.appKey).toMatch(ALNUM_64_PLUS);
    const expiresAt = Date.parse(String(body.expiresAt));
    expect(expiresAt - before).toBeGreaterThan(9 * 60_000);
    expect(expiresAt - before).toBeLessThanOrEqual(10 * 60_000 + 5_000);

    expect(hh.upstream.requests).toHaveLength(1);
    const sent = hh.upstream.requests[0];
    expect(sent?.method).toBe('POST');
    expect(sent?.url).toBe('/s2s-api/v3/company/company-app-keys');
    expect(sent?.headers['x-api-token']).toBe(TOKEN);
    expect(sent?.headers['content-type']).toBe('application/json');
    expect(sent?.headers.cookie).toBeUndefined();
    expect(sent?.headers.authorization).toBeUndefined();
    // The client's body is ignored: the key is generated on the server.
    expect(JSON.parse(sent?.body ?? '')).toEqual(body);
  });

  it('gives a different key every time', async () => {
    const hh = await harness({ companyAppKeys: true, authorizeCompanyAppKey: () => true });
    const keys = new Set<unknown>();
    for (let i = 0; i < 5; i += 1)
      keys.add((await readJson(await fetch(`${hh.url}/company-app-keys`, { method: 'POST' }))).appKey);
    expect(keys.size).toBe(5);
  });

  it.each([
    [
      { kind: 'json' as const, status: 401, body: { success: false, errorCode: 'INVALID_API_TOKEN' } },
      502,
      'UPSTREAM_TOKEN_REFUSED',
    ],
    [
      { kind: 'json' as const, status: 200, body: { success: false, errorCode: 'KEY_REJECTED' } },
      502,
      'UPSTREAM_REPORT_ERROR',
    ],
    [{ kind: 'json' as const, status: 404, body: {} }, 502, 'UPSTREAM_ERROR'],
    [{ kind: 'json' as const, status: 500, body: {} }, 502, 'UPSTREAM_ERROR'],
    [{ kind: 'drop' as const }, 502, 'UPSTREAM_UNREACHABLE'],
    [{ kind: 'slow' as const, delayMs: 1_000, then: { kind: 'json' as const, body: {} } }, 504, 'UPSTREAM_TIMEOUT'],
  ])('maps upstream failure %# to %i %s and returns no key', async (behaviour, status, code) => {
    const hh = await harness({ companyAppKeys: true, authorizeCompanyAppKey: () => true, timeoutMs: 200 });
    hh.upstream.respondWith(behaviour);
    const response = await fetch(`${hh.url}/company-app-keys`, { method: 'POST' });
    expect(response.status).toBe(status);
    const body = await readJson(response);
    expect(body.code).toBe(code);
    expect(body).not.toHaveProperty('appKey');
  });

  it('accepts a 2xx with an empty or non-JSON body (the answer shape is not documented)', async () => {
    const hh = await harness({ companyAppKeys: true, authorizeCompanyAppKey: () => true });
    hh.upstream.respondWith({ kind: 'raw', status: 201, body: '' });
    expect((await fetch(`${hh.url}/company-app-keys`, { method: 'POST' })).status).toBe(200);
  });

  it('refuses GET with 405, and is absent unless enabled', async () => {
    const on = await harness({ companyAppKeys: true });
    const get = await fetch(`${on.url}/company-app-keys`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    await on.close();
    const off = await harness();
    expect((await fetch(`${off.url}/company-app-keys`, { method: 'POST' })).status).toBe(404);
    expect(off.upstream.requests).toHaveLength(0);
  });

  it('runs authorizeCompanyAppKey before minting', async () => {
    const hh = await harness({
      companyAppKeys: true,
      authorizeCompanyAppKey: (r) => r.headers.get('x-session') === 'ok',
    });
    expect((await fetch(`${hh.url}/company-app-keys`, { method: 'POST' })).status).toBe(403);
    expect(hh.upstream.requests).toHaveLength(0);
    expect((await fetch(`${hh.url}/company-app-keys`, { method: 'POST', headers: { 'x-session': 'ok' } })).status).toBe(
      200,
    );
  });
});

describe('fetch handler without a server (edge runtimes)', () => {
  it('uses options.fetch as the upstream transport and builds its request from scratch', async () => {
    const sent: Request[] = [];
    const proxy = createLegitProxy({
      apiBaseUrl: 'https://api.legit.example/s2s-api/v3/',
      apiToken: TOKEN,
      rateLimit: false,
      fetch: async (input, init) => {
        sent.push(new Request(input, init));
        return new Response(JSON.stringify({ success: true, data: { pdf: 'https://u.example/p?apiKey=1' } }), {
          headers: { 'content-type': 'application/json' },
        });
      },
    });
    const response = await proxy.fetch(
      new Request('https://portal.example/anonymous-diagnostic-reports/abcdefgh12?format=raw', {
        headers: { cookie: 'a=b', 'x-api-token': 'client' },
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      success: true,
      data: { pdf: '/anonymous-diagnostic-reports/abcdefgh12?format=pdf' },
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe(
      'https://api.legit.example/s2s-api/v3/anonymous-diagnostic-reports/abcdefgh12?format=raw',
    );
    expect([...(sent[0]?.headers.keys() ?? [])].sort()).toEqual(['accept', 'user-agent', 'x-api-token']);
    expect(sent[0]?.headers.get('x-api-token')).toBe(TOKEN);
    expect(sent[0]?.redirect).toBe('manual');
  });

  it('answers an unexpected failure with a 500 JSON problem', async () => {
    const proxy = createLegitProxy({
      apiBaseUrl: 'https://api.legit.example/s2s-api/v3',
      apiToken: TOKEN,
      rateLimit: {
        limit: 5,
        windowMs: 1_000,
        key: () => 'client',
        store: { increment: () => Promise.reject(new Error('redis down')) },
      },
    });
    const response = await proxy.fetch(new Request('https://p.example/anonymous-diagnostic-reports/abcdefgh12'));
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ code: 'INTERNAL_ERROR' });
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});
