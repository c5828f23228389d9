import type { DiagnosticReport } from '../report/model';
import { errorFromParse, toLegitReportError } from './error-mapping';
import { WIDGET_ATTEMPT_TIMEOUT_MS } from '../contract/timeouts';
import type { FetchReport, FetchReportArgs } from './request';

/** Reads the JSON into the model; may be async (the default loads the parser on demand). */
export type ParseReport = (json: unknown) => DiagnosticReport | Promise<DiagnosticReport>;

/** A transport's arguments, plus what one attempt needs; `signal` is the caller's cancellation (TanStack Query's). */
export interface LoadReportArgs extends FetchReportArgs {
  fetchReport: FetchReport;
  parseReport: ParseReport;
  timeoutMs?: number;
}

/**
 * One attempt: transport, then parse, under the caller's signal plus a deadline.
 * Rejects with a `LegitReportError`, except on the caller's own cancellation, where
 * it rejects with the signal's reason so the caller sees a cancel, not a failure.
 */
export async function loadReport(args: LoadReportArgs): Promise<DiagnosticReport> {
  const timeoutMs = args.timeoutMs ?? WIDGET_ATTEMPT_TIMEOUT_MS;
  // One signal for the transport: the caller's cancel or the deadline, whichever comes first.
  // By hand: `AbortSignal.any` is missing from browsers a hospital may still run, and
  // `AbortSignal.timeout` cannot be cleared once the work is done.
  const controller = new AbortController();
  const { signal } = controller;
  const cancel = () => controller.abort(args.signal.reason);
  const timer = setTimeout(
    () => controller.abort(new DOMException(`Timed out after ${timeoutMs} ms`, 'TimeoutError')),
    timeoutMs,
  );
  try {
    // Settles as soon as the signal aborts: a transport that ignores it cannot outlive a cancel or timeout.
    const json = await new Promise<unknown>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      args.signal.addEventListener('abort', cancel, { once: true });
      if (args.signal.aborted) cancel();
      Promise.resolve()
        .then(() => args.fetchReport({ id: args.id, format: args.format, locale: args.locale, signal }))
        .then(resolve, reject);
    });
    try {
      return await args.parseReport(json);
    } catch (error) {
      throw errorFromParse(error);
    }
  } catch (error) {
    if (args.signal.aborted) throw args.signal.reason;
    // After the deadline, whatever the transport did, the answer is TIMEOUT.
    throw toLegitReportError(signal.aborted ? signal.reason : error);
  } finally {
    clearTimeout(timer);
    args.signal.removeEventListener('abort', cancel);
  }
}
