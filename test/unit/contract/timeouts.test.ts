// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { UPSTREAM_TIMEOUT_MS, WIDGET_ATTEMPT_TIMEOUT_MS, WIDGET_HEAD_START_MS } from '../../../src/contract/timeouts';
import { loadReport } from '../../../src/fetching/load-report';
import type { DiagnosticReport } from '../../../src/report/model';
import { resolveProxyOptions } from '../../../src/proxy/resolve-options';

describe('the two timeouts', () => {
  it('keep the defaults the README documents', () => {
    expect(UPSTREAM_TIMEOUT_MS).toBe(10_000);
    expect(WIDGET_ATTEMPT_TIMEOUT_MS).toBe(15_000);
  });

  it("give the widget's wait a head start over the proxy's upstream wait", () => {
    // A slow S2S API must reach the widget as the proxy's UPSTREAM_TIMEOUT, not as the widget giving up first.
    expect(WIDGET_HEAD_START_MS).toBeGreaterThanOrEqual(2_000);
    expect(WIDGET_ATTEMPT_TIMEOUT_MS - UPSTREAM_TIMEOUT_MS).toBe(WIDGET_HEAD_START_MS);
  });

  it('are the defaults the proxy uses', () => {
    const options = resolveProxyOptions({
      apiBaseUrl: 'https://api.legit.example/v3',
      apiToken: 'a-long-enough-t0ken',
    });
    expect(options.timeoutMs).toBe(UPSTREAM_TIMEOUT_MS);
  });

  it('are the defaults the widget uses: one attempt ends exactly at its deadline', async () => {
    vi.useFakeTimers();
    try {
      let settled: unknown;
      const attempt = loadReport({
        fetchReport: () => new Promise(() => {}),
        parseReport: () => ({}) as DiagnosticReport,
        id: 'abcdefgh',
        format: 'raw',
        signal: new AbortController().signal,
      }).catch((error: unknown) => error);
      void attempt.then((value) => (settled = value));
      await vi.advanceTimersByTimeAsync(WIDGET_ATTEMPT_TIMEOUT_MS - 1);
      expect(settled).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(await attempt).toMatchObject({ code: 'TIMEOUT' });
    } finally {
      vi.useRealTimers();
    }
  });
});
