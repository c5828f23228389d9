import type { ReportFormat } from '../contract/formats';
import { reportPath, type ReportPathQuery } from '../contract/report-path';
import { loadAnswerCode } from './answer-code';

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
