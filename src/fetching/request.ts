import type { ReportFormat } from '../contract/formats';
import { isValidReportId } from '../contract/report-id';
import { reportPath, type ReportPathQuery } from '../contract/report-path';
import { loadAnswerCode } from './answer-code';
import { LegitReportError } from './errors';

export interface FetchReportArgs {
  /** The report's encrypted id, as received (not yet URL-encoded). */
  id: string;
  format: ReportFormat;
  locale?: string;
  /** Aborted on id change, unmount and timeout; a transport should pass it on. */
  signal: AbortSignal;
}

/** A transport: resolves with the report's JSON body, rejects with anything (mapped later). */
export type FetchReport = (args: FetchReportArgs) => Promise<unknown>;

/** The `fetch` subset this layer uses, so tests and hosts can supply their own. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** The `INVALID_ID` error for an id that is not a report id (the contract's rule), or undefined for a valid one. */
export function invalidIdError(id: string): LegitReportError | undefined {
  return isValidReportId(id) ? undefined : new LegitReportError({ code: 'INVALID_ID' });
}

// An id outside the rule never becomes a URL: `..` would be a dot segment, and the request would reach `${proxyUrl}/`.
function reportUrl(proxyUrl: string, id: string, query: ReportPathQuery): string {
  const invalid = invalidIdError(id);
  if (invalid !== undefined) throw invalid;
  return `${proxyUrl.replace(/\/+$/, '')}${reportPath(id, query)}`;
}

/**
 * `${proxyUrl}/anonymous-diagnostic-reports/${encodeURIComponent(id)}?format=..[&locale=..]`; proxyUrl may be relative.
 * Throws a `LegitReportError` `INVALID_ID` for an id that is not a report id (see `isValidReportId`).
 */
export function buildReportUrl(proxyUrl: string, id: string, format: ReportFormat, locale?: string): string {
  return reportUrl(proxyUrl, id, { format, locale });
}

/** The proxy's PDF route for a report (never the credential-bearing link inside the report). Throws `INVALID_ID` like {@link buildReportUrl}. */
export function buildPdfUrl(proxyUrl: string, id: string, locale?: string): string {
  return reportUrl(proxyUrl, id, { format: 'pdf', locale });
}

/**
 * The default transport: GET through the portal's proxy with the portal's own
 * same-origin session (cookies), mapping every failure to a `LegitReportError`.
 * Aborts propagate unchanged so the caller can tell cancellation from failure.
 */
export function createProxyFetchReport(
  proxyUrl: string,
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
): FetchReport {
  return async ({ id, format, locale, signal }) => {
    const url = buildReportUrl(proxyUrl, id, format, locale);
    // The request first (in an executor, so a fetch that throws rejects like one that fails),
    // then the code that reads its answer: they travel together.
    const pending = new Promise<Response>((resolve) => {
      resolve(
        fetchImpl(url, { method: 'GET', headers: { accept: 'application/json' }, credentials: 'same-origin', signal }),
      );
    });
    pending.catch(() => {});
    let code: Awaited<ReturnType<typeof loadAnswerCode>>;
    try {
      code = await loadAnswerCode();
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      throw error;
    }
    return code.readProxyAnswer(pending, signal);
  };
}
