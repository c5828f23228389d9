import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Behaviour } from '../support/fake-upstream.ts';
import { readJson, startHarness, TOKEN, type Harness } from './harness.ts';

const TIMEOUT_MS = 300;
const MB = 1024 * 1024;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ timeoutMs: TIMEOUT_MS });
});
afterAll(() => h.close());
beforeEach(() => h.upstream.reset());

const get = (query = 'format=raw') => fetch(`${h.url}/anonymous-diagnostic-reports/abcdefgh12?${query}`);

async function expectProblem(response: Response, status: number, body: Record<string, unknown>): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe('no-store');
  const json = await readJson(response);
  expect(json).toMatchObject(body);
  expect(typeof json.code).toBe('string');
  expect(typeof json.message).toBe('string');
}

const envelope = (errorCode: string) => ({ success: false, message: 'failed', errorCode, data: null });

describe('upstream faults map to JSON problems', () => {
  it.each<[string, Behaviour, number, Record<string, unknown>]>([
    [
      'a slow upstream',
      { kind: 'slow', delayMs: TIMEOUT_MS * 4, then: { kind: 'json', body: {} } },
      504,
      { code: 'UPSTREAM_TIMEOUT' },
    ],
    [
      'a body that stalls',
      { kind: 'stall-body', contentType: 'application/json', firstChunk: '{"success":' },
      504,
      { code: 'UPSTREAM_TIMEOUT' },
    ],
    ['a dropped connection', { kind: 'drop' }, 502, { code: 'UPSTREAM_UNREACHABLE' }],
    [
      'a connection dropped mid-body',
      { kind: 'drop-mid-body', contentType: 'application/json', firstChunk: '{"success":' },
      502,
      { code: 'UPSTREAM_UNREACHABLE' },
    ],
    [
      'a 500',
      { kind: 'json', status: 500, body: envelope('INTERNAL') },
      502,
      { code: 'UPSTREAM_ERROR', errorCode: 'INTERNAL' },
    ],
    [
      'a 503 with an HTML page',
      { kind: 'raw', status: 503, body: '<html>down</html>', headers: { 'content-type': 'text/html' } },
      502,
      { code: 'UPSTREAM_ERROR' },
    ],
    [
      'a 401',
      { kind: 'json', status: 401, body: envelope('INVALID_API_TOKEN') },
      502,
      { code: 'UPSTREAM_TOKEN_REFUSED', errorCode: 'INVALID_API_TOKEN' },
    ],
    ['a 403', { kind: 'json', status: 403, body: envelope('FORBIDDEN') }, 502, { code: 'UPSTREAM_TOKEN_REFUSED' }],
    [
      'a 404',
      { kind: 'json', status: 404, body: envelope('REPORT_NOT_FOUND') },
      404,
      { code: 'NOT_FOUND', errorCode: 'REPORT_NOT_FOUND' },
    ],
    [
      'a 422 envelope',
      { kind: 'json', status: 422, body: envelope('INVALID_ID') },
      422,
      { code: 'UPSTREAM_REPORT_ERROR', errorCode: 'INVALID_ID' },
    ],
    [
      'a 200 with success:false',
      { kind: 'json', status: 200, body: envelope('REPORT_NOT_READY') },
      502,
      { code: 'UPSTREAM_REPORT_ERROR', errorCode: 'REPORT_NOT_READY' },
    ],
    [
      'malformed JSON',
      { kind: 'raw', body: '{"success": tru', headers: { 'content-type': 'application/json' } },
      502,
      { code: 'UPSTREAM_INVALID_RESPONSE' },
    ],
    ['a JSON array', { kind: 'json', body: [1, 2] }, 502, { code: 'UPSTREAM_INVALID_RESPONSE' }],
    [
      'invalid UTF-8',
      { kind: 'raw', body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) },
      502,
      { code: 'UPSTREAM_INVALID_RESPONSE' },
    ],
    [
      'JSON nested 10 000 deep',
      { kind: 'raw', body: `${'['.repeat(10_000)}${']'.repeat(10_000)}`.replace(/^\[/, '{"a":[').replace(/\]$/, ']}') },
      502,
      { code: 'UPSTREAM_INVALID_RESPONSE' },
    ],
    [
      'a huge chunked body',
      { kind: 'huge', bytes: 6 * MB, contentType: 'application/json' },
      502,
      { code: 'UPSTREAM_RESPONSE_TOO_LARGE' },
    ],
    [
      'a huge declared body',
      { kind: 'huge', bytes: 6 * MB, contentType: 'application/json', declareLength: true },
      502,
      { code: 'UPSTREAM_RESPONSE_TOO_LARGE' },
    ],
    [
      'a redirect',
      { kind: 'raw', status: 302, body: '', headers: { location: 'https://elsewhere.example/steal' } },
      502,
      { code: 'UPSTREAM_INVALID_RESPONSE' },
    ],
  ])('%s', async (_name, behaviour, status, body) => {
    h.upstream.respondWith(behaviour);
    await expectProblem(await get(), status, body);
    // One attempt only: the proxy does not retry, and never follows a redirect with the token.
    expect(h.upstream.requests).toHaveLength(1);
  });

  it('keeps a well-formed upstream errorCode and drops a malformed one', async () => {
    h.upstream.respondWith({ kind: 'json', status: 500, body: envelope('<script>alert(1)</script>') });
    const json = await readJson(await get());
    expect(json.code).toBe('UPSTREAM_ERROR');
    expect(json).not.toHaveProperty('errorCode');
  });

  it.each([
    ['passes a numeric Retry-After through', { 'retry-after': '7' }, '7'],
    [
      'passes an HTTP-date Retry-After through',
      { 'retry-after': 'Wed, 21 Oct 2026 07:28:00 GMT' },
      'Wed, 21 Oct 2026 07:28:00 GMT',
    ],
    ['defaults a missing Retry-After', {}, '30'],
    ['replaces a malformed Retry-After', { 'retry-after': 'in a while' }, '30'],
  ])('upstream 429 → 429: %s', async (_name, headers, expected) => {
    h.upstream.respondWith({ kind: 'json', status: 429, body: envelope('TOO_MANY'), headers });
    const response = await get();
    await expectProblem(response, 429, { code: 'UPSTREAM_RATE_LIMITED' });
    expect(response.headers.get('retry-after')).toBe(expected);
  });

  it('maps an unreachable upstream host to 502 UPSTREAM_UNREACHABLE', async () => {
    const closed = await startHarness();
    const proxyOnly = closed.proxy;
    await closed.upstream.close();
    const response = await proxyOnly.fetch(
      new Request('http://proxy.test/anonymous-diagnostic-reports/abcdefgh12?format=raw'),
    );
    await expectProblem(response, 502, { code: 'UPSTREAM_UNREACHABLE' });
    await closed.close().catch(() => undefined);
  });

  it('reports a refused token as a server problem when the configured token is wrong', async () => {
    const wrong = await startHarness({ apiToken: 'not-the-right-token' });
    try {
      const response = await fetch(`${wrong.url}/anonymous-diagnostic-reports/abcdefgh12?format=raw`);
      await expectProblem(response, 502, { code: 'UPSTREAM_TOKEN_REFUSED' });
    } finally {
      await wrong.close();
    }
  });
});

describe('PDF', () => {
  const pdfBytes = new TextEncoder().encode('%PDF-1.7\n% fake pdf body\n%%EOF\n');

  it('streams the PDF with a download name, after sending accept and the token upstream', async () => {
    h.upstream.respondWith({ kind: 'raw', body: pdfBytes, headers: { 'content-type': 'application/octet-stream' } });
    const response = await fetch(
      `${h.url}/anonymous-diagnostic-reports/${encodeURIComponent('ab/cd+ef==')}?format=pdf&locale=es`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="legit-report-abcdef.pdf"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdfBytes);
    const sent = h.upstream.requests[0];
    expect(sent?.url).toBe('/s2s-api/v3/anonymous-diagnostic-reports/ab%2Fcd%2Bef%3D%3D?format=pdf&locale=es');
    expect(sent?.headers.accept).toContain('application/pdf');
    expect(sent?.headers['x-api-token']).toBe(TOKEN);
  });

  it('streams a large PDF (chunked) intact', async () => {
    h.upstream.respondWith({ kind: 'huge', bytes: 3 * MB, contentType: 'application/pdf', prefix: '%PDF-1.4\n' });
    const response = await get('format=pdf');
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBe(3 * MB);
  });

  it.each<[string, Behaviour, number, Record<string, unknown>]>([
    [
      'a body that is not a PDF',
      { kind: 'raw', body: '<html>login</html>', headers: { 'content-type': 'text/html' } },
      502,
      { code: 'UPSTREAM_INVALID_RESPONSE' },
    ],
    [
      'a JSON failure envelope',
      { kind: 'json', body: envelope('PDF_NOT_AVAILABLE') },
      502,
      { code: 'UPSTREAM_REPORT_ERROR', errorCode: 'PDF_NOT_AVAILABLE' },
    ],
    [
      'a JSON success (not a PDF)',
      { kind: 'json', body: { success: true, data: {} } },
      502,
      { code: 'UPSTREAM_INVALID_RESPONSE' },
    ],
    [
      'an empty body',
      { kind: 'raw', body: '', headers: { 'content-type': 'application/pdf' } },
      502,
      { code: 'UPSTREAM_INVALID_RESPONSE' },
    ],
    [
      'a declared size over the cap',
      { kind: 'huge', bytes: 26 * MB, contentType: 'application/pdf', declareLength: true, prefix: '%PDF-' },
      502,
      { code: 'UPSTREAM_RESPONSE_TOO_LARGE' },
    ],
    ['a 404', { kind: 'json', status: 404, body: envelope('REPORT_NOT_FOUND') }, 404, { code: 'NOT_FOUND' }],
    [
      'a slow upstream',
      { kind: 'slow', delayMs: TIMEOUT_MS * 4, then: { kind: 'raw', body: pdfBytes } },
      504,
      { code: 'UPSTREAM_TIMEOUT' },
    ],
  ])('answers %s with a JSON problem', async (_name, behaviour, status, body) => {
    h.upstream.respondWith(behaviour);
    await expectProblem(await get('format=pdf'), status, body);
  });

  it('cuts off a chunked PDF that grows past the cap', async () => {
    h.upstream.respondWith({ kind: 'huge', bytes: 26 * MB, contentType: 'application/pdf', prefix: '%PDF-' });
    const response = await get('format=pdf');
    expect(response.status).toBe(200);
    await expect(response.arrayBuffer()).rejects.toThrow();
  });

  it('errors the download when upstream stalls mid-PDF, and logs it without content', async () => {
    h.upstream.respondWith({ kind: 'stall-body', contentType: 'application/pdf', firstChunk: '%PDF-1.7 partial' });
    const response = await get('format=pdf');
    expect(response.status).toBe(200);
    await expect(response.arrayBuffer()).rejects.toThrow();
    await expect
      .poll(() => h.lines.some((l) => l.entry.event === 'pdf_stream_failed' && l.entry.timedOut === true))
      .toBe(true);
    expect(JSON.stringify(h.lines)).not.toContain('partial');
  });
});

describe('compressed upstream bodies', () => {
  it('serves a gzip-encoded PDF decoded, without the encoded length', async () => {
    const { gzipSync } = await import('node:zlib');
    const pdf = Buffer.from(`%PDF-1.7\n${'x'.repeat(10_000)}\n%%EOF\n`);
    const gz = gzipSync(pdf);
    h.upstream.respondWith({
      kind: 'raw',
      body: gz,
      headers: {
        'content-type': 'application/pdf',
        'content-encoding': 'gzip',
        'content-length': String(gz.byteLength),
      },
    });
    const response = await get('format=pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).not.toBe(String(gz.byteLength));
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('serves a gzip-encoded JSON report decoded', async () => {
    const { gzipSync } = await import('node:zlib');
    const gz = gzipSync(JSON.stringify({ success: true, data: { id: 'z' } }));
    h.upstream.respondWith({
      kind: 'raw',
      body: gz,
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    });
    expect(await readJson(await get())).toEqual({ success: true, data: { id: 'z' } });
  });
});
