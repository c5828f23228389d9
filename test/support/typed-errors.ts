// Helpers that catch one library's typed error and return what it says; anything else thrown
// is re-thrown, so a test cannot mistake an untyped crash for the expected failure.
import { ProxyConfigError } from '../../src/proxy/index.ts';
import { parseDiagnosticReport, ReportEnvelopeError, ReportParseError } from '../../src/report/index.ts';
import type { DiagnosticReport } from '../../src/report/index.ts';

/** The problems a ProxyConfigError lists; none when `fn` does not throw. */
export function problemsOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ProxyConfigError) return error.problems;
    throw error;
  }
  return [];
}

/** Parses, or returns the parser's typed error. */
export function parseOutcome(input: unknown): DiagnosticReport | ReportParseError | ReportEnvelopeError {
  try {
    return parseDiagnosticReport(input);
  } catch (error) {
    if (error instanceof ReportParseError || error instanceof ReportEnvelopeError) return error;
    throw error;
  }
}
