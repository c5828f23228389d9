// Forward auth against a real session-check endpoint on loopback: allow, deny, slow, down.
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forwardAuth, ProxyConfigError } from '../../src/proxy/index.ts';
import { startSessionEndpoint, type SessionEndpoint } from '../support/session-endpoint.ts';
import { harnessPerTest, readJson, TOKEN, TRICKY_ID, type Harness } from './harness.ts';

const harness = harnessPerTest();
let session: SessionEndpoint;
beforeEach(async () => {
  session = await startSessionEndpoint();
});
afterEach(() => session.close());

const withForwardAuth = (url = session.url, timeoutMs = 300) =>
  harness({ ...forwardAuth({ url, timeoutMs }), companyAppKeys: true });
const report = (hh: Harness, query = 'format=raw', headers: Record<string, string> = {}) =>
  fetch(`${hh.url}/anonymous-diagnostic-reports/${encodeURIComponent(TRICKY_ID)}?${query}`, { headers });

describe('forward auth', () => {
  it('sends GET with the Cookie and Authorization, the report id and the route; never the S2S token', async () => {
    const hh = await withForwardAuth();
    const headers = { Cookie: 'sid=abc', Authorization: 'Bearer portal-jwt', 'X-Api-Token': 'client-value' };
    expect((await report(hh, 'format=raw', headers)).status).toBe(200);
    expect((await report(hh, 'format=pdf', headers)).status).toBe(502); // the fake upstream sends JSON, not a PDF
    expect((await fetch(`${hh.url}/company-app-keys`, { method: 'POST', headers })).status).toBe(200);
    expect(session.requests.map((r) => [r.method, r.url])).toEqual([
      ['GET', '/session-check'],
      ['GET', '/session-check'],
      ['GET', '/session-check'],
    ]);
    const [raw, pdf, key] = session.requests.map((r) => r.headers);
    expect(raw).toMatchObject({
      cookie: 'sid=abc',
      authorization: 'Bearer portal-jwt',
      'x-legit-report-id': TRICKY_ID,
      'x-legit-route': 'report',
    });
    expect(pdf).toMatchObject({ 'x-legit-report-id': TRICKY_ID, 'x-legit-route': 'pdf' });
    expect(key?.['x-legit-route']).toBe('company-app-keys');
    expect(key?.['x-legit-report-id']).toBeUndefined();
    for (const sent of session.requests) {
      expect(sent.headers['x-api-token']).toBeUndefined();
      expect(JSON.stringify(sent.headers)).not.toContain(TOKEN);
    }
  });

  it('allows on 2xx, naming the principal from X-Legit-Principal (its bucket, its audit line)', async () => {
    session.answer((h) =>
      h.cookie === 'sid=a' ? { kind: 'allow', principal: 'dr-a', status: 204 } : { kind: 'allow', status: 200 },
    );
    const hh = await harness({ ...forwardAuth({ url: session.url }), rateLimit: { limit: 1, windowMs: 60_000 } });
    expect((await report(hh, 'format=raw', { Cookie: 'sid=a' })).status).toBe(200);
    expect((await report(hh, 'format=raw', { Cookie: 'sid=a' })).status).toBe(429);
    // No principal: the peer address's bucket, which dr-a's requests did not use.
    expect((await report(hh)).status).toBe(200);
    const audits = hh.lines.filter((l) => l.entry.event === 'report_access').map((l) => l.entry.principal);
    expect(audits).toEqual(['dr-a', 'dr-a', null]);
  });

  it.each([
    [401, 401, 'UNAUTHENTICATED'],
    [403, 403, 'FORBIDDEN'],
    [500, 503, 'AUTH_UNAVAILABLE'],
    [404, 503, 'AUTH_UNAVAILABLE'],
  ])('answers a session check %i with %i %s, before any upstream call', async (status, expected, code) => {
    session.answer(() => ({ kind: 'deny', status }));
    const hh = await withForwardAuth();
    const response = await report(hh);
    expect(response.status).toBe(expected);
    expect(await readJson(response)).toMatchObject({ code });
    const minted = await fetch(`${hh.url}/company-app-keys`, { method: 'POST' });
    expect(minted.status).toBe(expected);
    expect(hh.upstream.requests).toHaveLength(0);
  });

  it('refuses with 503 when the session check redirects (to a login page, say): the redirect is not followed', async () => {
    session.answer(() => ({ kind: 'redirect' }));
    const hh = await withForwardAuth();
    expect((await report(hh)).status).toBe(503);
    expect(session.requests).toHaveLength(1);
  });

  it('refuses with 503 when the session check is slow, and logs why', async () => {
    session.answer(() => ({ kind: 'hang' }));
    const hh = await withForwardAuth(session.url, 200);
    const response = await report(hh);
    expect(response.status).toBe(503);
    expect(await readJson(response)).toMatchObject({ code: 'AUTH_UNAVAILABLE' });
    expect(hh.upstream.requests).toHaveLength(0);
    const line = hh.lines.find((l) => l.entry.event === 'request');
    expect(line?.entry.accessReason).toBe('session-check-timeout');
  });

  it('refuses with 503 when the session check is down (connection refused)', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
      });
    });
    const hh = await withForwardAuth(`http://127.0.0.1:${closedPort}/session-check`);
    const response = await report(hh);
    expect(response.status).toBe(503);
    expect(hh.upstream.requests).toHaveLength(0);
    const line = hh.lines.find((l) => l.entry.event === 'request');
    expect(line?.entry.accessReason).toBe('session-check-unreachable');
  });

  it.each([
    ['http to a remote host', 'http://portal.example/session-check', /https/],
    ['credentials', 'https://u:p@portal.example/session-check', /credentials/],
    ['a relative URL', '/session-check', /absolute/],
  ])('refuses a session-check URL with %s', (_name, url, message) => {
    expect(() => forwardAuth({ url })).toThrow(ProxyConfigError);
    expect(() => forwardAuth({ url })).toThrow(message);
  });
});
