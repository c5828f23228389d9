// The retry policy end to end: useLegitReport over createProxyFetchReport, whose fetchImpl
// answers with real Response objects (status, headers, body). See support.tsx for why
// there is no HTTP server in these browser tests.
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { renderHook } from 'vitest-browser-react';
import { loadAnswerCode } from '../../../src/fetching/answer-code';
import { createProxyFetchReport, legitReportQueryKey, useLegitReport, type LegitReportError } from '../../../src/index';
import { fakeBody, jsonResponse, parseFakeReport, scriptedFetch, testQueryClient } from './support';

// The code that reads an answer loads on demand; loaded first, its download (real time, under fake
// timers) cannot land between the steps of a test that counts fake milliseconds.
beforeAll(() => loadAnswerCode());

afterEach(() => {
  vi.useRealTimers();
});

function renderWithScript(script: Array<() => Response>, onError?: (e: LegitReportError) => void) {
  const { fetchImpl, requests } = scriptedFetch(script);
  const fetchReport = createProxyFetchReport('/api/legit', fetchImpl);
  const queryClient = testQueryClient();
  const hook = renderHook(() =>
    useLegitReport({ reportId: 'report+1', fetchReport, parseReport: parseFakeReport, queryClient, onError }),
  );
  const failures = () =>
    queryClient.getQueryCache().find({ queryKey: legitReportQueryKey(undefined, 'report+1', 'raw', undefined) })?.state
      .fetchFailureCount;
  return { hook, requests, failures };
}

describe('retry policy', () => {
  test('a 503 is retried with backoff, then the report shows', async () => {
    const { hook, requests } = renderWithScript([
      jsonResponse({ code: 'UPSTREAM_ERROR', message: 'x' }, 503),
      jsonResponse(fakeBody('report+1')),
    ]);
    const { result } = await hook;
    await expect.poll(() => result.current.status, { timeout: 3000 }).toBe('success');
    expect(requests).toHaveLength(2);
    expect(requests.map((r) => r.url)).toEqual([
      '/api/legit/anonymous-diagnostic-reports/report%2B1?format=raw',
      '/api/legit/anonymous-diagnostic-reports/report%2B1?format=raw',
    ]);
    expect(result.current.report?.id).toBe('report+1');
  });

  test('network failures are retried at most twice, then NETWORK is reported once', async () => {
    const onError = vi.fn<(e: LegitReportError) => void>();
    const failing = () => {
      throw new TypeError('Failed to fetch');
    };
    const { hook, requests } = renderWithScript([failing], onError);
    const { result } = await hook;
    await expect.poll(() => result.current.status, { timeout: 5000 }).toBe('error');
    expect(requests).toHaveLength(3);
    expect(result.current.error?.code).toBe('NETWORK');
    expect(onError).toHaveBeenCalledTimes(1);
  });

  test.each([
    [404, { code: 'NOT_FOUND', message: 'no' }, 'NOT_FOUND'],
    [400, { code: 'INVALID_REPORT_ID', message: 'The report id is malformed.' }, 'NOT_FOUND'],
    [502, { code: 'UPSTREAM_REPORT_ERROR', message: 'x', errorCode: 'E1' }, 'UPSTREAM'],
    [401, { code: 'UNAUTHORIZED', message: 'session' }, 'UNAUTHORIZED'],
    [403, { code: 'FORBIDDEN', message: 'not yours' }, 'FORBIDDEN'],
    [502, { code: 'UPSTREAM_TOKEN_REFUSED', message: 'token' }, 'UPSTREAM'],
  ])('a %i is not retried and ends in %s', async (status, body, code) => {
    const onError = vi.fn<(e: LegitReportError) => void>();
    const { hook, requests } = renderWithScript(
      [jsonResponse(body, status), jsonResponse(fakeBody('report+1'))],
      onError,
    );
    const { result } = await hook;
    await expect.poll(() => result.current.status).toBe('error');
    expect(result.current.error).toMatchObject({ code, status });
    expect(requests).toHaveLength(1);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  test('a 429 waits for Retry-After before the next request', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { hook, requests, failures } = renderWithScript([
      jsonResponse({ code: 'RATE_LIMITED', message: 'slow down' }, 429, { 'retry-after': '3' }),
      jsonResponse(fakeBody('report+1')),
    ]);
    const { result } = await hook;
    // Wait until the 429 has been handled, i.e. the retry's timer is set.
    await vi.waitFor(async () => {
      await vi.advanceTimersByTimeAsync(0);
      expect(failures()).toBe(1);
    });
    expect(requests).toHaveLength(1);
    expect(result.current.isFetching).toBe(true);
    // Backoff alone would have retried within 500 ms; Retry-After says 3 s.
    await vi.advanceTimersByTimeAsync(2_999);
    expect(requests).toHaveLength(1);
    // At most 10% jitter on top of what the server asked for.
    await vi.advanceTimersByTimeAsync(301);
    expect(requests).toHaveLength(2);
    await vi.waitFor(async () => {
      await vi.advanceTimersByTimeAsync(10);
      expect(result.current.status).toBe('success');
    });
  });

  test('a 429 asking for longer than the cap is not retried; the error says how long to wait', async () => {
    const { hook, requests } = renderWithScript([
      jsonResponse({ code: 'RATE_LIMITED', message: 'later' }, 429, { 'retry-after': '120' }),
    ]);
    const { result } = await hook;
    await expect.poll(() => result.current.status).toBe('error');
    expect(requests).toHaveLength(1);
    expect(result.current.error).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 120_000 });
    expect(result.current.error?.message).toContain('120 seconds');
  });
});
