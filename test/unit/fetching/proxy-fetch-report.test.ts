import { describe, expect, it } from 'vitest';
import { LegitReportError } from '../../../src/fetching/errors';
import { createProxyFetchReport, type FetchLike } from '../../../src/fetching/request';

interface Call {
  url: string;
  init: RequestInit;
}

function recordingFetch(respond: (url: string) => Response | Promise<Response>): {
  fetchImpl: FetchLike;
  calls: Call[];
} {
  const calls: Call[] = [];
  return {
    calls,
    fetchImpl: async (url, init) => {
      calls.push({ url, init });
      return respond(url);
    },
  };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('createProxyFetchReport', () => {
  it('GETs the encoded URL as JSON with the same-origin session and the signal', async () => {
    const { fetchImpl, calls } = recordingFetch(() => json({ ok: 1 }));
    const controller = new AbortController();
    const body = await createProxyFetchReport(
      '/api/legit/',
      fetchImpl,
    )({ id: 'a/b+c=d/e+f=', format: 'fhir', locale: 'es', signal: controller.signal });
    expect(body).toEqual({ ok: 1 });
    expect(calls).toHaveLength(1);
    const call = calls[0]!;
    expect(call.url).toBe('/api/legit/anonymous-diagnostic-reports/a%2Fb%2Bc%3Dd%2Fe%2Bf%3D?format=fhir&locale=es');
    expect(call.init.method).toBe('GET');
    expect(call.init.credentials).toBe('same-origin');
    expect(new Headers(call.init.headers).get('accept')).toBe('application/json');
    expect(call.init.signal).toBe(controller.signal);
  });

  it.each([
    [json({ code: 'NOT_FOUND', message: 'no' }, 404), 'NOT_FOUND', 404],
    [json({ code: 'RATE_LIMITED' }, 429, { 'retry-after': '3' }), 'RATE_LIMITED', 429],
    [json({ code: 'UPSTREAM_TOKEN_REFUSED' }, 502), 'UPSTREAM', 502],
    [new Response('<html>Bad gateway</html>', { status: 502 }), 'UPSTREAM', 502],
    [new Response('', { status: 401 }), 'UNAUTHORIZED', 401],
    [new Response('<html>portal login page</html>', { status: 200 }), 'INVALID_RESPONSE', 200],
    [new Response('{"data": ', { status: 200 }), 'INVALID_RESPONSE', 200],
  ])('maps an answer to %s', async (response, code, status) => {
    const { fetchImpl } = recordingFetch(() => response);
    const pending = createProxyFetchReport(
      '/p',
      fetchImpl,
    )({ id: 'report-x', format: 'raw', signal: new AbortController().signal });
    await expect(pending).rejects.toBeInstanceOf(LegitReportError);
    await expect(pending).rejects.toMatchObject({ code, status });
  });

  it('reads Retry-After from a 429', async () => {
    const { fetchImpl } = recordingFetch(() => json({ code: 'RATE_LIMITED' }, 429, { 'retry-after': '3' }));
    await expect(
      createProxyFetchReport('/p', fetchImpl)({ id: 'report-x', format: 'raw', signal: new AbortController().signal }),
    ).rejects.toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 3000 });
  });

  it('maps a rejected fetch to NETWORK', async () => {
    const failure = new TypeError('Failed to fetch');
    const fetchImpl: FetchLike = () => Promise.reject(failure);
    await expect(
      createProxyFetchReport('/p', fetchImpl)({ id: 'report-x', format: 'raw', signal: new AbortController().signal }),
    ).rejects.toMatchObject({ code: 'NETWORK', cause: failure });
  });

  it('lets an abort through unchanged, so a cancel is not reported as a failure', async () => {
    const controller = new AbortController();
    const reason = new DOMException('gone', 'AbortError');
    const fetchImpl: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const pending = createProxyFetchReport(
      '/p',
      fetchImpl,
    )({ id: 'report-x', format: 'raw', signal: controller.signal });
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it.each(['..', '.', 'short', '../../admin'])('refuses the id %j with INVALID_ID before any request', async (id) => {
    const { fetchImpl, calls } = recordingFetch(() => json({}));
    const pending = createProxyFetchReport(
      '/p',
      fetchImpl,
    )({ id, format: 'raw', signal: new AbortController().signal });
    await expect(pending).rejects.toBeInstanceOf(LegitReportError);
    await expect(pending).rejects.toMatchObject({ code: 'INVALID_ID' });
    expect(calls).toEqual([]);
  });
});
