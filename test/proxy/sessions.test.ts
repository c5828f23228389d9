// Sessions checked by the portal: what `authorize` may answer, and the app-key route closed unless authorized.
import { describe, expect, it } from 'vitest';
import type { AccessDecision } from '../../src/proxy/index.ts';
import { harnessPerTest, readJson, type Harness } from './harness.ts';

const PORTAL = 'https://portal.example';
const harness = harnessPerTest();

const report = (hh: Harness, init?: RequestInit, query = 'format=raw') =>
  fetch(`${hh.url}/anonymous-diagnostic-reports/abcdefgh12?${query}`, init);
const mint = (hh: Harness, headers: Record<string, string> = {}) =>
  fetch(`${hh.url}/company-app-keys`, { method: 'POST', headers });

describe('authorize answers', () => {
  it.each<[string, number, AccessDecision, string | undefined]>([
    ['true', 200, true, undefined],
    ['a principal', 200, { principal: 'clinician-7' }, undefined],
    ['false', 403, false, 'FORBIDDEN'],
    ['refuse 401 (nobody signed in)', 401, { refuse: 401 }, 'UNAUTHENTICATED'],
    ['refuse 403', 403, { refuse: 403 }, 'FORBIDDEN'],
    ['refuse 503 (session store down)', 503, { refuse: 503 }, 'AUTH_UNAVAILABLE'],
  ])('%s → %i', async (_name, status, decision, code) => {
    const hh = await harness({ authorize: () => decision });
    const response = await report(hh);
    expect(response.status).toBe(status);
    expect((await readJson(response)).code).toBe(code);
    expect(hh.upstream.requests).toHaveLength(status === 200 ? 1 : 0);
  });

  it.each<[string, unknown]>([
    ['an empty principal', { principal: '' }],
    ['a principal with a line break', { principal: 'a\nb' }],
    ['a principal of 257 characters', { principal: 'x'.repeat(257) }],
    ['a number principal', { principal: 7 }],
    ['an unknown refusal status', { refuse: 500 }],
    ['a truthy non-boolean', 'yes'],
  ])('refuses %s with 403 (only a clear yes lets a request through)', async (_name, decision) => {
    const hh = await harness({ authorize: () => decision as AccessDecision });
    const response = await report(hh);
    expect(response.status).toBe(403);
    expect(hh.upstream.requests).toHaveLength(0);
  });

  it.each(['raw', 'fhir', 'pdf'])('runs on format=%s with the decoded id', async (format) => {
    const seen: string[] = [];
    const hh = await harness({
      authorize: (_request, id) => {
        seen.push(id);
        return false;
      },
    });
    expect((await report(hh, undefined, `format=${format}`)).status).toBe(403);
    expect(seen).toEqual(['abcdefgh12']);
    expect(hh.upstream.requests).toHaveLength(0);
  });
});

describe('POST /company-app-keys is closed by default', () => {
  it('refuses an anonymous caller (no Origin, no cookie) when no authorizeCompanyAppKey is set, and says why once', async () => {
    const hh = await harness({ companyAppKeys: true });
    for (let i = 0; i < 3; i += 1) {
      const response = await mint(hh);
      expect(response.status).toBe(403);
      expect(await readJson(response)).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(hh.upstream.requests).toHaveLength(0);
    const warnings = hh.lines.filter((l) => l.entry.event === 'company_app_keys_closed');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.level).toBe('warn');
  });

  it('mints for the caller authorizeCompanyAppKey accepts, refuses the others, with 401 when it says so', async () => {
    const hh = await harness({
      companyAppKeys: true,
      authorizeCompanyAppKey: (request) =>
        request.headers.get('cookie') === 'sid=ok' ? { principal: 'clinician-1' } : { refuse: 401 },
    });
    const refused = await mint(hh);
    expect(refused.status).toBe(401);
    expect(await readJson(refused)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(hh.upstream.requests).toHaveLength(0);
    expect((await mint(hh, { Cookie: 'sid=ok' })).status).toBe(200);
    expect(hh.upstream.requests).toHaveLength(1);
  });

  it.each<[string, number, Record<string, string>]>([
    // A legacy browser sends no Sec-Fetch-Site: its cross-site form POST must not mint with the clinician's cookie.
    ['a foreign Origin without Sec-Fetch-Site', 403, { Origin: 'https://evil.example' }],
    [
      'a foreign Origin with Sec-Fetch-Site cross-site',
      403,
      { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
    ],
    ['Origin "null" (a sandboxed page)', 403, { Origin: 'null' }],
    ['an allowed Origin', 200, { Origin: PORTAL }],
    ['a same-origin browser POST', 200, { Origin: 'https://proxy.internal', 'Sec-Fetch-Site': 'same-origin' }],
    ['no Origin (a server; authorizeCompanyAppKey judges it)', 200, {}],
  ])('with %s → %i', async (_name, status, headers) => {
    const hh = await harness({
      companyAppKeys: true,
      allowedOrigins: [PORTAL],
      authorizeCompanyAppKey: (request) => request.headers.get('cookie') === 'sid=ok',
    });
    const response = await mint(hh, { ...headers, Cookie: 'sid=ok' });
    expect(response.status).toBe(status);
    expect((await readJson(response)).code).toBe(status === 403 ? 'ORIGIN_NOT_ALLOWED' : undefined);
    expect(hh.upstream.requests).toHaveLength(status === 200 ? 1 : 0);
  });

  it("accepts the proxy's own origin, as a same-origin POST from an older browser carries it", async () => {
    const hh = await harness({ companyAppKeys: true, authorizeCompanyAppKey: () => true });
    const response = await mint(hh, { Origin: new URL(hh.url).origin });
    expect(response.status).toBe(200);
  });
});
