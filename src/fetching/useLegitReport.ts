import { QueryClientContext, useQuery, type QueryClient } from '@tanstack/react-query';
import { useCallback, useContext, useEffect, useMemo, useRef } from 'react';
import { useLatest } from '../react/useLatest';
import type { DiagnosticReport } from '../report/model';
import { loadAnswerCode, loadedAnswerCode } from './answer-code';
import { startAttempt } from './attempt';
import type { LegitReportError } from './errors';
import type { ReportFormat } from '../contract/formats';
import { WIDGET_ATTEMPT_TIMEOUT_MS } from '../contract/timeouts';
import type { ParseReport } from './load-report';
import { buildPdfUrl, createProxyFetchReport, invalidIdError, type FetchReport } from './request';

// Signed image URLs live about 30 minutes: keep cached reports well inside that.
export const REPORT_STALE_TIME_MS = 10 * 60_000;
export const REPORT_GC_TIME_MS = 20 * 60_000;

export interface UseLegitReportOptions {
  /** The encrypted id to show; `null` (or '') shows nothing and fetches nothing; an invalid id is an `INVALID_ID` error, fetched by nobody. */
  reportId: string | null;
  /** The portal's proxy, e.g. '/api/legit'. Needed unless `fetchReport` is given; also gives `pdfUrl`. */
  proxyUrl?: string;
  /** A custom transport; takes precedence over `proxyUrl` for the report JSON. */
  fetchReport?: FetchReport;
  format?: ReportFormat;
  locale?: string;
  /** Per attempt; default 15 000. Keep it above the proxy's `timeoutMs` (default 10 000): see `contract/timeouts`. */
  timeoutMs?: number;
  /** The host's client; else the one in context. */
  queryClient?: QueryClient;
  /** Reads the JSON; defaults to `parseDiagnosticReport`. */
  parseReport?: ParseReport;
  /**
   * Development only: let the default parser keep report URLs on plain `http:` to this machine (localhost,
   * 127.0.0.0/8, [::1]), as a local mock upstream serves its images. Default false: only `https:` URLs reach the page.
   */
  allowHttpLoopbackUrls?: boolean;
  onReport?(report: DiagnosticReport): void;
  onError?(error: LegitReportError): void;
}

export type LegitReportStatus = 'idle' | 'pending' | 'success' | 'error';

export interface LegitReportState {
  status: LegitReportStatus;
  report: DiagnosticReport | undefined;
  error: LegitReportError | undefined;
  /** True while any request runs, including retries, `retry()` and `renewImageUrls()`. */
  isFetching: boolean;
  /** Fetches again now; after an error the state goes back to 'pending'. */
  retry(): void;
  /** Refetches once to renew expired signed image URLs; repeated calls for the same data do nothing. */
  renewImageUrls(): void;
  /** The proxy's PDF route for this report; only with `proxyUrl`. */
  pdfUrl: string | undefined;
}

export type LegitReportQueryKey = readonly ['legit-report', string, string | null, ReportFormat, string | null];

export function legitReportQueryKey(
  proxyUrl: string | undefined,
  reportId: string | null,
  format: ReportFormat,
  locale: string | undefined,
): LegitReportQueryKey {
  return ['legit-report', proxyUrl ?? 'custom', reportId, format, locale ?? null];
}

export function useLegitReport(options: UseLegitReportOptions): LegitReportState {
  const { proxyUrl, format = 'raw', locale, timeoutMs = WIDGET_ATTEMPT_TIMEOUT_MS } = options;
  const reportId = options.reportId === '' ? null : options.reportId;

  const contextClient = useContext(QueryClientContext);
  const queryClient = options.queryClient ?? contextClient;
  if (queryClient === undefined) {
    throw new Error('useLegitReport needs a QueryClient: pass `queryClient` or render inside a QueryClientProvider.');
  }
  if (options.fetchReport === undefined && proxyUrl === undefined) {
    throw new Error('useLegitReport needs `proxyUrl` or `fetchReport`.');
  }

  // Latest transport, parser and callbacks, so inline functions neither refetch nor go stale.
  const proxyTransport = useMemo(
    () => (proxyUrl === undefined ? undefined : createProxyFetchReport(proxyUrl)),
    [proxyUrl],
  );
  const latest = useLatest({
    fetchReport: options.fetchReport ?? proxyTransport,
    parseReport: options.parseReport,
    parseOptions: { allowHttpLoopbackUrls: options.allowHttpLoopbackUrls },
    onReport: options.onReport,
    onError: options.onError,
  });

  // An id from the host (a URL parameter, say) is checked like one from a message, before any transport
  // sees it: an invalid one is an error of its own, and the query never runs (nor can be retried).
  const idError = useMemo(() => (reportId === null ? undefined : invalidIdError(reportId)), [reportId]);
  const queryId = idError === undefined ? reportId : null;
  const queryKey = legitReportQueryKey(proxyUrl, queryId, format, locale);
  const query = useQuery<DiagnosticReport, LegitReportError, DiagnosticReport, LegitReportQueryKey>(
    {
      queryKey,
      queryFn: ({ signal }) => {
        const { fetchReport, parseReport, parseOptions } = latest.current;
        // The request starts now; the code that reads its answer loads meanwhile. (The query runs
        // only with an id, and without a transport the hook threw above.)
        const attempt = startAttempt({ fetchReport: fetchReport!, id: queryId!, format, locale, signal, timeoutMs });
        return loadAnswerCode().then(
          (code) => code.finishAttempt(attempt, { signal, parseReport, parseOptions }),
          (error: unknown) => {
            attempt.abort(error);
            throw signal.aborted ? signal.reason : error;
          },
        );
      },
      enabled: queryId !== null,
      staleTime: REPORT_STALE_TIME_MS,
      gcTime: REPORT_GC_TIME_MS,
      refetchOnWindowFocus: false,
      // Asked after a failure, which the answer code read: it is loaded by then. Only its own
      // failure to load (CHUNK_LOAD_FAILED) finds it missing, and is not retried here.
      retry: (failureCount, error) => loadedAnswerCode()?.shouldRetry(failureCount, error) ?? false,
      retryDelay: (failureCount, error) => loadedAnswerCode()?.retryDelay(failureCount, error) ?? 0,
    },
    queryClient,
  );

  // The queryFn rejects with a LegitReportError only (or a cancel, which TanStack Query keeps to itself).
  const error = idError ?? query.error ?? undefined;
  const report = query.data;
  const status: LegitReportStatus = reportId === null ? 'idle' : idError ? 'error' : query.status;

  // Fire each callback once per settled result (identity of the data or error object).
  const firedReport = useRef<DiagnosticReport | undefined>(undefined);
  const firedError = useRef<LegitReportError | undefined>(undefined);
  useEffect(() => {
    if (status === 'success' && report !== undefined && report !== firedReport.current) {
      firedReport.current = report;
      latest.current.onReport?.(report);
    } else if (status === 'error' && error !== undefined && error !== firedError.current) {
      firedError.current = error;
      latest.current.onError?.(error);
    }
  }, [status, report, error, latest]);

  const { refetch, dataUpdatedAt } = query;
  const retry = useCallback(() => {
    if (queryId === null) return; // Nothing asked, or an invalid id: asking again cannot make it valid.
    if (status === 'error') {
      void queryClient.resetQueries({ queryKey, exact: true });
    } else {
      void refetch();
    }
    // queryKey is rebuilt each render; its parts are the real dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status, queryClient, refetch, queryId, proxyUrl, format, locale]);

  // Renewal bookkeeping: the data a renewal was asked for, and the data it produced.
  const renewedFrom = useRef<DiagnosticReport | undefined>(undefined);
  const renewedTo = useRef<DiagnosticReport | undefined>(undefined);
  const renewImageUrls = useCallback(() => {
    if (report === undefined || report === renewedFrom.current) return;
    // Fresh URLs from a renewal that fail again are broken, not expired: don't loop.
    if (report === renewedTo.current && Date.now() - dataUpdatedAt < REPORT_STALE_TIME_MS) return;
    renewedFrom.current = report;
    void refetch({ cancelRefetch: false }).then((result) => {
      renewedTo.current = result.data;
    });
  }, [report, dataUpdatedAt, refetch]);

  const pdfUrl = proxyUrl !== undefined && queryId !== null ? buildPdfUrl(proxyUrl, queryId, locale) : undefined;

  return { status, report, error, isFetching: query.isFetching, retry, renewImageUrls, pdfUrl };
}
