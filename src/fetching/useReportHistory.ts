import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ReportFormat } from '../contract/formats';
import { WIDGET_ATTEMPT_TIMEOUT_MS } from '../contract/timeouts';
import type { DiagnosticReport } from '../report/model';
import { toLegitReportError } from './error-mapping';
import type { LegitReportError } from './errors';
import { loadReport } from './load-report';
import { createProxyFetchReport, type FetchReport } from './request';
import { retryDelay, shouldRetry } from './retry';
import { legitReportQueryKey, REPORT_GC_TIME_MS, REPORT_STALE_TIME_MS } from './useLegitReport';

/** Earlier reports of the same patient, and how to reach them: the current report's own transport. */
export interface ReportHistoryRequest {
  /** The ids the portal kept, in any order; duplicates and `currentId` are ignored. */
  ids: readonly string[];
  currentId: string | null;
  proxyUrl?: string | undefined;
  fetchReport?: FetchReport | undefined;
  format?: ReportFormat | undefined;
  locale?: string | undefined;
  timeoutMs?: number | undefined;
  /** As on the viewer: loopback `http:` report URLs kept (development only). */
  allowHttpLoopbackUrls?: boolean | undefined;
}

export type EarlierReport =
  | { id: string; status: 'pending' }
  | { id: string; status: 'error'; error: LegitReportError; isFetching: boolean }
  | { id: string; status: 'success'; report: DiagnosticReport };

export interface ReportHistoryState {
  /** One entry per distinct earlier id, in the order given. */
  entries: EarlierReport[];
  /** Fetches every failed report again. */
  retryFailed(): void;
}

/** The distinct earlier ids: no blanks, no repeats, not the report on screen. */
export function earlierIds(ids: readonly string[], currentId: string | null): string[] {
  return [...new Set(ids)].filter((id) => id !== '' && id !== currentId);
}

/**
 * Fetches the earlier reports in parallel, each under the same query key as `useLegitReport`
 * uses: a report already seen (the portal heard it earlier) comes from the cache, and one
 * fetched here is cached for when it is shown. Mount it after the report on screen has
 * rendered, so that its history never delays it.
 */
export function useReportHistory(request: ReportHistoryRequest): ReportHistoryState {
  const { proxyUrl, fetchReport, format = 'raw', locale, timeoutMs = WIDGET_ATTEMPT_TIMEOUT_MS } = request;
  const { allowHttpLoopbackUrls } = request;
  const queryClient = useQueryClient();
  const transport = useMemo(
    () => fetchReport ?? (proxyUrl === undefined ? undefined : createProxyFetchReport(proxyUrl)),
    [fetchReport, proxyUrl],
  );
  const ids = earlierIds(request.ids, request.currentId);
  const results = useQueries(
    {
      queries: ids.map((id) => ({
        queryKey: legitReportQueryKey(proxyUrl, id, format, locale),
        queryFn: ({ signal }: { signal: AbortSignal }) => {
          if (transport === undefined) return Promise.reject(new Error('useReportHistory: no transport'));
          return loadReport({
            fetchReport: transport,
            // Parsed as the report on screen is: the two share one cache entry per id.
            parseOptions: { allowHttpLoopbackUrls },
            id,
            format,
            locale,
            signal,
            timeoutMs,
          });
        },
        staleTime: REPORT_STALE_TIME_MS,
        gcTime: REPORT_GC_TIME_MS,
        refetchOnWindowFocus: false,
        retry: shouldRetry,
        retryDelay,
      })),
    },
    queryClient,
  );
  const entries = results.map((result, index): EarlierReport => {
    const id = ids[index]!;
    if (result.data !== undefined) return { id, status: 'success', report: result.data };
    if (result.status === 'error')
      return { id, status: 'error', error: toLegitReportError(result.error), isFetching: result.isFetching };
    return { id, status: 'pending' };
  });
  const retryFailed = () => {
    for (const result of results) if (result.status === 'error') void result.refetch();
  };
  return { entries, retryFailed };
}
