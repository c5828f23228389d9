import type { DiagnosticReport } from '../report/model';
import { combineSignals, createDeadline, raceAbort } from './abort';
import { errorFromParse, toLegitReportError } from './error-mapping';
import { LegitReportError } from './errors';
import type { FetchReport, ReportFormat } from './request';

/** Reads the JSON into the model; may be async (the default loads the parser on demand). */
export type ParseReport = (json: unknown) => DiagnosticReport | Promise<DiagnosticReport>;

export const DEFAULT_TIMEOUT_MS = 15_000;

export interface LoadReportArgs {
  fetchReport: FetchReport;
  parseReport: ParseReport;
  id: string;
  format: ReportFormat;
  locale?: string;
  /** The caller's cancellation (TanStack Query's signal). */
  signal: AbortSignal;
  timeoutMs?: number;
}

/**
 * One attempt: transport, then parse, under the caller's signal plus a deadline.
 * Rejects with a `LegitReportError`, except on the caller's own cancellation, where
 * it rejects with the signal's reason so the caller sees a cancel, not a failure.
 */
export async function loadReport(args: LoadReportArgs): Promise<DiagnosticReport> {
  const timeoutMs = args.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = createDeadline(timeoutMs);
  const combined = combineSignals([args.signal, deadline.signal]);
  try {
    const request = Promise.resolve().then(() =>
      args.fetchReport({ id: args.id, format: args.format, locale: args.locale, signal: combined.signal }),
    );
    const json = await raceAbort(request, combined.signal);
    try {
      return await args.parseReport(json);
    } catch (error) {
      throw errorFromParse(error);
    }
  } catch (error) {
    if (args.signal.aborted) throw args.signal.reason;
    if (deadline.signal.aborted) {
      throw new LegitReportError({
        code: 'TIMEOUT',
        message: `Loading the report took longer than ${formatDuration(timeoutMs)}. Please try again.`,
        cause: error,
      });
    }
    throw toLegitReportError(error);
  } finally {
    deadline.clear();
    combined.dispose();
  }
}

function formatDuration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} seconds` : `${ms} ms`;
}
