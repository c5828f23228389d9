// The key route called by a portal on another origin, as <LegitIframe appKeyUrl> calls it:
// a POST with no body, maybe a CSRF header (then preflighted) and maybe the portal's cookie.
import { describe, expect, it } from 'vitest';
import { harnessPerTest, readJson } from './harness.ts';

const PORTAL = 'https://portal.example';
const harness = harnessPerTest();

const preflight = (url: string, origin: string, headers = 'x-csrf-token') =>
  fetch(`${url}/company-app-keys`, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': headers },
  });

describe('POST /company-app-keys across origins', () => {
  it('a preflight from an allowed origin allows the POST, its extra header and, when enabled, cookies', async () => {
    const hh = await harness({
      allowedOrigins: [PORTAL],
      companyAppKeys: true,
      // Minting is closed by default: the portal's session check lets this caller in.
      authorizeCompanyAppKey: (request) => request.headers.get('X-CSRF-Token') === 't',
      corsAllowHeaders: ['Content-Type', 'X-CSRF-Token'],
      corsCredentials: true,
      basePath: '/api/legit',
    });
    const answer = await preflight(hh.url, PORTAL);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(answer.headers.get('access-control-allow-methods')).toBe('POST');
    expect(answer.headers.get('access-control-allow-headers')).toBe('Content-Type, X-CSRF-Token');
    expect(answer.headers.get('access-control-allow-credentials')).toBe('true');
    expect(hh.upstream.requests).toHaveLength(0);

    const minted = await fetch(`${hh.url}/company-app-keys`, {
      method: 'POST',
      headers: { Origin: PORTAL, 'Sec-Fetch-Site': 'cross-site', 'X-CSRF-Token': 't', Accept: 'application/json' },
    });
    expect(minted.status).toBe(200);
    expect(minted.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(minted.headers.get('access-control-allow-credentials')).toBe('true');
    expect(minted.headers.get('cache-control')).toBe('no-store');
    expect(await readJson(minted)).toEqual({
      appKey: expect.stringMatching(/^[A-Za-z0-9]{64}$/),
      expiresAt: expect.any(String),
    });
  });

  it('a refused origin gets no CORS grant and, from a browser, no key', async () => {
    const hh = await harness({ allowedOrigins: [PORTAL], companyAppKeys: true });
    const answer = await preflight(hh.url, 'https://evil.example');
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.headers.get('access-control-allow-methods')).toBeNull();
    const post = await fetch(`${hh.url}/company-app-keys`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(post.status).toBe(403);
    expect(await readJson(post)).toMatchObject({ code: 'ORIGIN_NOT_ALLOWED' });
    expect(hh.upstream.requests).toHaveLength(0);
  });

  it('without companyAppKeys the preflight grants no POST', async () => {
    const hh = await harness({ allowedOrigins: [PORTAL] });
    const answer = await preflight(hh.url, PORTAL);
    expect(answer.headers.get('access-control-allow-methods')).toBe('GET');
  });
});
