// useLegitReport in real Chromium: cancellation, timeout and callbacks.
// See support.tsx for why these use in-page transports instead of an HTTP server.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { renderHook } from 'vitest-browser-react';
import { configure } from 'vitest-browser-react/pure';
import {
  legitReportQueryKey,
  useLegitReport,
  type LegitReportError,
  type UseLegitReportOptions,
} from '../../../src/index';
import type { DiagnosticReport } from '../../../src/report/model';
import { controlledTransport, fakeBody, parseFakeReport, testQueryClient } from './support';

type HookProps = Pick<UseLegitReportOptions, 'reportId'>;

async function renderReportHook(base: Omit<UseLegitReportOptions, 'reportId'>, reportId: string | null) {
  return renderHook((props?: HookProps) => useLegitReport({ ...base, reportId: props?.reportId ?? null }), {
    initialProps: { reportId },
  });
}

describe('cancellation', () => {
  test('an id change aborts the first request and shows only the second report', async () => {
    const { fetchReport, calls } = controlledTransport();
    const onReport = vi.fn<(r: DiagnosticReport) => void>();
    const hook = await renderReportHook(
      { fetchReport, parseReport: parseFakeReport, queryClient: testQueryClient(), onReport },
      'report-a',
    );
    await expect.poll(() => calls.length).toBe(1);
    expect(calls[0]!.args).toMatchObject({ id: 'report-a', format: 'raw' });
    expect(hook.result.current.status).toBe('pending');

    await hook.rerender({ reportId: 'report-b' });
    await expect.poll(() => calls.length).toBe(2);
    expect(calls[0]!.args.signal.aborted).toBe(true);
    expect(calls[1]!.args.signal.aborted).toBe(false);

    // The first answer arriving late changes nothing.
    calls[0]!.resolve(fakeBody('report-a'));
    calls[1]!.resolve(fakeBody('report-b'));
    await expect.poll(() => hook.result.current.status).toBe('success');
    expect(hook.result.current.report?.id).toBe('report-b');
    expect(onReport).toHaveBeenCalledTimes(1);
    expect(onReport.mock.calls[0]![0].id).toBe('report-b');
  });

  test('unmount aborts the request in flight', async () => {
    const { fetchReport, calls } = controlledTransport();
    const hook = await renderReportHook(
      { fetchReport, parseReport: parseFakeReport, queryClient: testQueryClient() },
      'report-a',
    );
    await expect.poll(() => calls.length).toBe(1);
    await hook.unmount();
    expect(calls[0]!.args.signal.aborted).toBe(true);
  });

  test('a null id fetches nothing and is idle; pdfUrl needs both proxyUrl and an id', async () => {
    const { fetchReport, calls } = controlledTransport();
    const hook = await renderReportHook(
      { fetchReport, proxyUrl: '/api/legit', parseReport: parseFakeReport, queryClient: testQueryClient() },
      null,
    );
    expect(hook.result.current).toMatchObject({
      status: 'idle',
      report: undefined,
      error: undefined,
      isFetching: false,
      pdfUrl: undefined,
    });
    await hook.rerender({ reportId: 'a/b+c=d/e+f=' });
    await expect.poll(() => calls.length).toBe(1);
    expect(hook.result.current.pdfUrl).toBe(
      '/api/legit/anonymous-diagnostic-reports/a%2Fb%2Bc%3Dd%2Fe%2Bf%3D?format=pdf',
    );
  });
});

describe('timeout', () => {
  test('a transport that never answers (and ignores its signal) ends in TIMEOUT, not retried', async () => {
    const { fetchReport, calls } = controlledTransport();
    const onError = vi.fn<(e: LegitReportError) => void>();
    const hook = await renderReportHook(
      { fetchReport, parseReport: parseFakeReport, queryClient: testQueryClient(), timeoutMs: 50, onError },
      'report-slow',
    );
    await expect.poll(() => hook.result.current.status).toBe('error');
    expect(hook.result.current.error?.code).toBe('TIMEOUT');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args.signal.aborted).toBe(true);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0]).toBe(hook.result.current.error);
  });
});

describe('callbacks', () => {
  test('inline callbacks that change every render are not re-fired and do not refetch', async () => {
    const { fetchReport, calls } = controlledTransport();
    const seen: string[] = [];
    const queryClient = testQueryClient();
    const hook = await renderHook(
      (props?: { label: string }) =>
        useLegitReport({
          reportId: 'report-x',
          fetchReport: (a) => fetchReport(a),
          parseReport: parseFakeReport,
          queryClient,
          onReport: (r) => seen.push(`${props?.label}:${r.id}`),
        }),
      { initialProps: { label: 'first' } },
    );
    await expect.poll(() => calls.length).toBe(1);
    await hook.rerender({ label: 'second' });
    calls[0]!.resolve(fakeBody('report-x'));
    await expect.poll(() => hook.result.current.status).toBe('success');
    await hook.rerender({ label: 'third' });
    expect(calls).toHaveLength(1);
    // The latest callback is the one called.
    expect(seen).toEqual(['second:report-x']);
  });

  test('retry() after an error goes back to pending and can succeed', async () => {
    const { fetchReport, calls } = controlledTransport();
    const hook = await renderReportHook(
      { fetchReport, parseReport: parseFakeReport, queryClient: testQueryClient() },
      'report-x',
    );
    await expect.poll(() => calls.length).toBe(1);
    calls[0]!.resolve('not json we can read');
    await expect.poll(() => hook.result.current.status).toBe('error');
    await hook.act(() => hook.result.current.retry());
    await expect.poll(() => hook.result.current.status).toBe('pending');
    await expect.poll(() => calls.length).toBe(2);
    calls[1]!.resolve(fakeBody('report-x'));
    await expect.poll(() => hook.result.current.status).toBe('success');
    expect(hook.result.current.error).toBeUndefined();
  });
});

describe('under StrictMode (double render, double effects on mount)', () => {
  // At the root: a StrictMode inside renderHook's wrapper does not replay effects.
  beforeEach(() => configure({ reactStrictMode: true }));
  afterEach(() => configure({ reactStrictMode: false }));

  test('onReport and onError each fire once per settled result', async () => {
    const { fetchReport, calls } = controlledTransport();
    const onReport = vi.fn<(r: DiagnosticReport) => void>();
    const onError = vi.fn<(e: LegitReportError) => void>();
    const hook = await renderReportHook(
      { fetchReport, parseReport: parseFakeReport, queryClient: testQueryClient(), onReport, onError },
      'report-ok',
    );
    await expect.poll(() => calls.length).toBeGreaterThan(0);
    calls.forEach((c) => c.resolve(fakeBody('report-ok')));
    await expect.poll(() => hook.result.current.status).toBe('success');
    await hook.rerender({ reportId: 'report-bad' });
    await expect.poll(() => calls.some((c) => c.args.id === 'report-bad')).toBe(true);
    calls.filter((c) => c.args.id === 'report-bad').forEach((c) => c.resolve({ not: 'a report' }));
    await expect.poll(() => hook.result.current.status).toBe('error');
    // One more render for good measure: nothing fires twice.
    await hook.rerender({ reportId: 'report-bad' });
    expect(onReport).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0].code).toBe('INVALID_RESPONSE');
  });

  test('a report already in the cache fires onReport once on mount', async () => {
    const { fetchReport, calls } = controlledTransport();
    const queryClient = testQueryClient();
    queryClient.setQueryData(
      legitReportQueryKey(undefined, 'report-cached', 'raw', undefined),
      parseFakeReport(fakeBody('report-cached')),
    );
    const onReport = vi.fn<(r: DiagnosticReport) => void>();
    const hook = await renderReportHook(
      { fetchReport, parseReport: parseFakeReport, queryClient, onReport },
      'report-cached',
    );
    expect(hook.result.current.status).toBe('success');
    await hook.rerender({ reportId: 'report-cached' });
    expect(onReport).toHaveBeenCalledTimes(1);
    // Fresh for 10 minutes: no request.
    expect(calls).toHaveLength(0);
  });
});
