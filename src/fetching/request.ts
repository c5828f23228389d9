import type { ReportFormat } from '../contract/formats';
import { reportPath, type ReportPathQuery } from '../contract/report-path';
import { toLegitReportError } from './error-mapping';
import { LegitReportError } from './errors';
import type { HttpErrorAnswer } from './http-answer';

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

function reportUrl(proxyUrl: string, id: string, query: ReportPathQuery): string {
  return `${proxyUrl.replace(/\/+$/, '')}${reportPath(id, query)}`;
}

/** `${proxyUrl}/anonymous-diagnostic-reports/${encodeURIComponent(id)}?format=..[&locale=..]`; proxyUrl may be relative. */
export function buildReportUrl(proxyUrl: string, id: string, format: ReportFormat, locale?: string): string {
  return reportUrl(proxyUrl, id, { format, locale });
}

/** The proxy's PDF route for a report (never the credential-bearing link inside the report). */
export function buildPdfUrl(proxyUrl: string, id: string, locale?: string): string {
  return reportUrl(proxyUrl, id, { format: 'pdf', locale });
}

// How an error answer reads (the proxy's codes, Retry-After) loads on demand, started with the
// report's chunks (preloadReportChunks): a page that only ever sees reports never needs it.
export const loadHttpAnswerReader = () => import('./http-answer');

/** The error an answer means; should its reader fail to load, what the status alone means. */
async function errorFromAnswer(answer: HttpErrorAnswer): Promise<LegitReportError> {
  try {
    const { errorFromHttpAnswer } = await loadHttpAnswerReader();
    return errorFromHttpAnswer(answer);
  } catch {
    return toLegitReportError({ status: answer.status });
  }
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
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(url, {
        method: 'GET',
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
        signal,
      });
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      throw toLegitReportError(error);
    }

    let json: unknown = null;
    let unreadable: unknown; // JSON.parse throws a SyntaxError, never undefined
    try {
      json = JSON.parse(text);
    } catch (error) {
      unreadable = error;
    }
    const { status } = response;
    if (!response.ok)
      throw await errorFromAnswer({ status, body: json, retryAfter: response.headers.get('retry-after') });
    if (unreadable !== undefined) throw new LegitReportError({ code: 'INVALID_RESPONSE', status, cause: unreadable });
    return json;
  };
}
