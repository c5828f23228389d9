import type { DiagnosticReport } from '../report/model';
import type { ParseOptions } from '../report/parse';
import { startAttempt, type Attempt, type AttemptArgs } from './attempt';
import { errorFromParse, toLegitReportError } from './error-mapping';
import { parseOnDemand } from './lazy-parse';

/** Reads the JSON into the model; may be async (the default loads the parser on demand). */
export type ParseReport = (json: unknown) => DiagnosticReport | Promise<DiagnosticReport>;

export interface LoadReportArgs extends AttemptArgs {
  /** Default: `parseDiagnosticReport`, loaded on demand. */
  parseReport?: ParseReport | undefined;
  /** What the default parser is given (not a custom `parseReport`). */
  parseOptions?: ParseOptions | undefined;
}

/**
 * The rest of an attempt started by `startAttempt`: the answer, then the parse, still under the
 * deadline. Rejects with a `LegitReportError`, except on the caller's own cancellation, where it
 * rejects with the signal's reason so the caller sees a cancel, not a failure.
 */
export async function finishAttempt(
  attempt: Attempt,
  args: Pick<LoadReportArgs, 'signal' | 'parseReport' | 'parseOptions'>,
): Promise<DiagnosticReport> {
  try {
    const json = await attempt.json;
    try {
      return await (args.parseReport ? args.parseReport(json) : parseOnDemand(json, args.parseOptions));
    } catch (error) {
      throw errorFromParse(error);
    }
  } catch (error) {
    if (args.signal.aborted) throw args.signal.reason;
    // After the deadline, whatever the transport did, the answer is TIMEOUT.
    throw toLegitReportError(attempt.signal.aborted ? attempt.signal.reason : error);
  } finally {
    attempt.end();
  }
}

/** One attempt: transport, then parse, under the caller's signal plus a deadline. */
export const loadReport = (args: LoadReportArgs): Promise<DiagnosticReport> => finishAttempt(startAttempt(args), args);
