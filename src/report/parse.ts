import type { DiagnosticReport } from './model';
import { readFhirReport } from './parse-fhir';
import { readRawReport } from './parse-raw';
import { locateReport } from './shape';

/**
 * Reads a Legit.Health diagnostic report in any published shape (raw v2, raw v3,
 * FHIR) into the one normalised model.
 *
 * @throws ReportEnvelopeError when the response envelope says `success: false`.
 * @throws ReportParseError when the input is not a report (no object, no `id`, no `result`).
 * Any other unreadable part is left out and listed in `warnings`.
 */
export function parseDiagnosticReport(json: unknown): DiagnosticReport {
  const { source, body, base } = locateReport(json);
  return source === 'fhir' ? readFhirReport(body, base) : readRawReport(body, base, source);
}
