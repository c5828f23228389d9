import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readJson, startHarness, TOKEN, TRICKY_ID, type Harness } from './harness.ts';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'));

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ basePath: '/api/legit' });
});
afterAll(() => h.close());
beforeEach(() => h.upstream.reset());

const reportUrl = (id: string, query = 'format=raw') =>
  `${h.url}/anonymous-diagnostic-reports/${encodeURIComponent(id)}?${query}`;

describe('GET /anonymous-diagnostic-reports/:encryptedId', () => {
  it('forwards the encoded id, format and locale with the token, and returns the JSON', async () => {
    h.upstream.respondWith({
      kind: 'json',
      body: { success: true, message: 'ok', errorCode: null, data: { id: 'r1' } },
    });
    const response = await fetch(reportUrl(TRICKY_ID, 'format=fhir&locale=es'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await readJson(response)).toEqual({ success: true, message: 'ok', errorCode: null, data: { id: 'r1' } });
    expect(h.upstream.requests).toHaveLength(1);
    const sent = h.upstream.requests[0];
    expect(sent?.method).toBe('GET');
    expect(sent?.url).toBe(
      '/s2s-api/v3/anonymous-diagnostic-reports/cUVHY3lU%2FcEFSdzd%2BhVklrMXFK%3D%3D?format=fhir&locale=es',
    );
    expect(sent?.headers['x-api-token']).toBe(TOKEN);
    expect(sent?.headers.accept).toBe('application/json');
  });

  it('defaults the format to raw and leaves locale out when absent', async () => {
    await fetch(`${h.url}/anonymous-diagnostic-reports/abcdefgh12`);
    expect(h.upstream.requests[0]?.url).toBe('/s2s-api/v3/anonymous-diagnostic-reports/abcdefgh12?format=raw');
  });

  it.each([
    ['%2F (slash, encoded by the client)', 'abcd%2Fefgh', '/anonymous-diagnostic-reports/abcd%2Fefgh'],
    ['+ and = (base64 padding)', 'ab%2Bcdef%3D%3D', '/anonymous-diagnostic-reports/ab%2Bcdef%3D%3D'],
    ['a literal + in the path', 'ab+cdefgh', '/anonymous-diagnostic-reports/ab%2Bcdefgh'],
    ['_ and -', 'ab_cd-efgh', '/anonymous-diagnostic-reports/ab_cd-efgh'],
  ])('encodes an id with %s as one path segment upstream', async (_name, pathSegment, upstreamPath) => {
    const response = await fetch(`${h.url}/anonymous-diagnostic-reports/${pathSegment}?format=raw`);
    expect(response.status).toBe(200);
    expect(h.upstream.requests[0]?.url).toBe(`/s2s-api/v3${upstreamPath}?format=raw`);
  });

  it.each([
    ['too short', 'abc'],
    ['too long', 'a'.repeat(513)],
    ['a dot-dot inside', 'abcd..efgh'],
    ['an encoded dot-dot inside', 'abcd%2E%2Eefgh'],
    ['a percent sign (double encoding)', 'abcd%252Fefgh'],
    ['a space', 'abcd%20efgh'],
    ['a query character', 'abcd%3Fefgh'],
    ['a backslash', 'abcd%5Cefgh'],
    ['non-ASCII', 'abcd%C3%A9fgh'],
  ])('refuses an id with %s (400, nothing sent upstream)', async (_name, segment) => {
    const response = await fetch(`${h.url}/anonymous-diagnostic-reports/${segment}?format=raw`);
    expect(response.status).toBe(400);
    expect(await readJson(response)).toMatchObject({ code: 'INVALID_REPORT_ID' });
    expect(h.upstream.requests).toHaveLength(0);
  });

  it.each([
    ['an unknown format', 'format=xml', 'INVALID_FORMAT'],
    ['a repeated format', 'format=raw&format=pdf', 'INVALID_FORMAT'],
    ['an empty format', 'format=', 'INVALID_FORMAT'],
    ['a malformed locale', 'format=raw&locale=english', 'INVALID_LOCALE'],
    ['a locale with an injection', 'format=raw&locale=en%26format%3Dpdf', 'INVALID_LOCALE'],
    ['an empty locale', 'format=raw&locale=', 'INVALID_LOCALE'],
  ])('refuses %s (400, nothing sent upstream)', async (_name, query, code) => {
    const response = await fetch(reportUrl('abcdefgh12', query));
    expect(response.status).toBe(400);
    expect(await readJson(response)).toMatchObject({ code });
    expect(h.upstream.requests).toHaveLength(0);
  });

  it('accepts a region locale and ignores unknown query parameters', async () => {
    await fetch(reportUrl('abcdefgh12', 'format=raw&locale=es-ES&callback=evil&host=attacker.example'));
    expect(h.upstream.requests[0]?.url).toBe(
      '/s2s-api/v3/anonymous-diagnostic-reports/abcdefgh12?format=raw&locale=es-ES',
    );
  });

  it('does not let a path with a raw slash or dot segments reach another upstream path', async () => {
    const slash = await fetch(`${h.url}/anonymous-diagnostic-reports/abcd/efgh?format=raw`);
    expect(slash.status).toBe(404);
    expect(await readJson(slash)).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
    const dots = await fetch(`${h.url}/anonymous-diagnostic-reports/%2E%2E/%2E%2E/company/company-app-keys`);
    expect(dots.status).toBe(404);
    expect(h.upstream.requests).toHaveLength(0);
  });

  it('sends nothing of the client request upstream: no cookies, credentials, client token, host or forwarding headers', async () => {
    h.upstream.respondWith({ kind: 'echo' });
    const response = await fetch(reportUrl('abcdefgh12'), {
      headers: {
        Cookie: 'session=abc',
        Authorization: 'Bearer client-credential',
        'X-API-TOKEN': 'client-supplied-token',
        'X-Forwarded-For': '10.0.0.1',
        'X-Forwarded-Host': 'evil.example',
        'X-Custom': 'something',
        'Accept-Language': 'fr',
      },
    });
    expect(response.status).toBe(200);
    const sent = h.upstream.requests[0];
    expect(sent?.headers['x-api-token']).toBe(TOKEN);
    for (const name of [
      'cookie',
      'authorization',
      'x-forwarded-for',
      'x-forwarded-host',
      'x-custom',
      'origin',
      'referer',
    ]) {
      expect(sent?.headers[name], name).toBeUndefined();
    }
    // The runtime's fetch adds its own accept-language; the client's value must not be it.
    expect(sent?.headers['accept-language']).not.toBe('fr');
    expect(sent?.headers.host).toBe(new URL(h.upstream.origin).host);
  });

  it('marks report responses private and hardened', async () => {
    const response = await fetch(reportUrl('abcdefgh12'));
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-site');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('refuses other methods on the report route with 405 and does not call upstream', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD']) {
      const response = await fetch(reportUrl('abcdefgh12'), { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET');
    }
    expect(h.upstream.requests).toHaveLength(0);
  });
});

describe('link rewriting (raw v2, raw v3, FHIR)', () => {
  const pdfRoute = (id: string, locale?: string) =>
    `/api/legit/anonymous-diagnostic-reports/${encodeURIComponent(id)}?format=pdf${locale ? `&locale=${locale}` : ''}`;

  it('rewrites the raw v3 data.pdf (with apiKey/authKey) to the proxy PDF route', async () => {
    h.upstream.respondWith({ kind: 'json', body: fixture('raw-v3-acne.json') });
    const response = await fetch(reportUrl(TRICKY_ID, 'format=raw&locale=en'));
    const text = await response.text();
    const body: { data: { pdf: string; url: string } } = JSON.parse(text);
    expect(body.data.pdf).toBe(pdfRoute(TRICKY_ID, 'en'));
    expect(text).not.toMatch(/apiKey|authKey/);
    // Links without credentials are left alone.
    expect(body.data.url).toBe('https://iframe.legit.health?companyId=XXXX&diagnosticReportId=signedId');
    expect(text).toContain('https://legit-dev.s3.eu-west-3.amazonaws.com/diagnostic-report-medias/bbb.png');
  });

  it('rewrites the raw v2 top-level pdf', async () => {
    h.upstream.respondWith({ kind: 'json', body: fixture('raw-acne.json') });
    const body: { pdf: string; id: string } = JSON.parse(await (await fetch(reportUrl('abcdefgh12'))).text());
    expect(body.pdf).toBe(pdfRoute('abcdefgh12'));
    expect(body.id).toBe('0189bafa-0610-7349-a0ab-eb53695b27fd');
  });

  it('rewrites FHIR presentedForm practitioner and patient pdf links, keeping nulls', async () => {
    const report = fixture('fhir-psoriasis.json') as { data: { presentedForm: { patient: { pdf: string | null } } } };
    h.upstream.respondWith({ kind: 'json', body: report });
    let body: { data: { presentedForm: { practitioner: { pdf: string }; patient: { pdf: string | null } } } } =
      JSON.parse(await (await fetch(reportUrl('abcdefgh12', 'format=fhir&locale=es'))).text());
    expect(body.data.presentedForm.practitioner.pdf).toBe(pdfRoute('abcdefgh12', 'es'));
    expect(body.data.presentedForm.patient.pdf).toBeNull();

    report.data.presentedForm.patient.pdf = 'https://utils.legit.health/pdf/x?apiKey=k&authKey=a';
    h.upstream.respondWith({ kind: 'json', body: report });
    body = JSON.parse(await (await fetch(reportUrl('abcdefgh12', 'format=fhir'))).text());
    expect(body.data.presentedForm.patient.pdf).toBe(pdfRoute('abcdefgh12'));
  });

  it('rewrites any URL with apiKey/authKey anywhere in the tree, and redacts the token if upstream echoes it', async () => {
    h.upstream.respondWith({
      kind: 'json',
      body: {
        success: true,
        data: {
          nested: [{ deep: { link: 'https://x.example/a?foo=1&APIKEY=zzz' } }, 'https://y.example/?authKey=1'],
          leaked: `token is ${TOKEN}`,
        },
      },
    });
    const text = await (await fetch(reportUrl('abcdefgh12'))).text();
    const body: { data: { nested: [{ deep: { link: string } }, string]; leaked: string } } = JSON.parse(text);
    expect(body.data.nested[0].deep.link).toBe(pdfRoute('abcdefgh12'));
    expect(body.data.nested[1]).toBe(pdfRoute('abcdefgh12'));
    expect(body.data.leaked).toBe('[redacted]');
    expect(text).not.toContain(TOKEN);
  });
});
