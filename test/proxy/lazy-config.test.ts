// Options are read on the first request, not when the proxy is created: a framework that loads the
// route module while it builds (Next.js collecting a route's configuration) has no secrets yet.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLegitProxy, type LegitProxyOptions } from '../../src/proxy/index.ts';
import { startFakeUpstream } from '../support/fake-upstream.ts';
import { capturingLogger, readJson, TOKEN } from './harness.ts';

const reportRequest = () => new Request('https://portal.example/anonymous-diagnostic-reports/abcdefgh12?format=raw');

describe('createLegitProxy with options that are not there yet', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('does not throw when created from absent environment variables', () => {
    const env: Record<string, string | undefined> = {};
    expect(() =>
      createLegitProxy({ apiBaseUrl: env.LEGIT_API_URL as string, apiToken: env.LEGIT_API_TOKEN as string }),
    ).not.toThrow();
  });

  it('answers every request 500 PROXY_MISCONFIGURED, health checks too, and names no problem in the body', async () => {
    const { logger } = capturingLogger();
    const proxy = createLegitProxy({ apiBaseUrl: '', apiToken: '', logger });
    for (const request of [reportRequest(), new Request('https://portal.example/healthz')]) {
      const response = await proxy.fetch(request);
      expect(response.status).toBe(500);
      const body = await readJson(response);
      expect(body).toEqual({ code: 'PROXY_MISCONFIGURED', message: expect.any(String) });
      expect(JSON.stringify(body)).not.toMatch(/apiBaseUrl|apiToken/);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    }
  });

  it('logs every problem once, however many requests follow, and never the token', async () => {
    const { logger, lines } = capturingLogger();
    const proxy = createLegitProxy({
      apiBaseUrl: `http://api.example/v3?key=${TOKEN}`,
      apiToken: TOKEN,
      timeoutMs: 0,
      logger,
    });
    expect(lines).toEqual([]);
    for (let i = 0; i < 3; i += 1) expect((await proxy.fetch(reportRequest())).status).toBe(500);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.level).toBe('error');
    expect(lines[0]?.entry).toMatchObject({ event: 'proxy_misconfigured', code: 'PROXY_MISCONFIGURED' });
    const problems = lines[0]?.entry.problems;
    expect(problems).toEqual([
      'apiBaseUrl must use https: (http: is allowed only to localhost)',
      'apiBaseUrl must not have a query or fragment',
      'timeoutMs must be a positive integer',
    ]);
    expect(JSON.stringify(lines)).not.toContain(TOKEN);
  });

  it('without a logger, writes the problems to console.error once', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const proxy = createLegitProxy({ apiBaseUrl: 'ftp://api.example', apiToken: TOKEN });
    await proxy.fetch(reportRequest());
    await proxy.fetch(reportRequest());
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(consoleError.mock.calls[0])).toContain('apiBaseUrl must use https:');
    expect(JSON.stringify(consoleError.mock.calls)).not.toContain(TOKEN);
  });

  it('reads the options when the first request comes, so values set after creation count', async () => {
    const upstream = await startFakeUpstream({ token: TOKEN });
    try {
      const options: LegitProxyOptions = { apiBaseUrl: '', apiToken: '', rateLimit: false };
      const proxy = createLegitProxy(options);
      options.apiBaseUrl = upstream.baseUrl;
      options.apiToken = TOKEN;
      const response = await proxy.fetch(reportRequest());
      expect(response.status).toBe(200);
      expect(upstream.requests).toHaveLength(1);
    } finally {
      await upstream.close();
    }
  });
});
