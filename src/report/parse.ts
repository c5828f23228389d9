import type { DiagnosticReport } from './model';
import { readFhirReport } from './parse-fhir';
import { readRawReport } from './parse-raw';
import { locateReport } from './shape';
import type { UrlPolicy } from './url-policy';

/** How {@link parseDiagnosticReport} reads a report. */
export type ParseOptions = UrlPolicy;

/**
 * Reads a Legit.Health diagnostic report in any published shape (raw v2, raw v3,
 * FHIR) into the one normalised model.
 *
 * @throws ReportEnvelopeError when the response envelope says `success: false`.
 * @throws ReportParseError when the input is not a report (no object, no `id`, no `result`).
 * Any other unreadable part is left out and listed in `warnings`, URLs the URL policy refuses too: anything but
 * `https:` unless `options.allowHttpLoopbackUrls` (development against a local mock) lets `http:` to this machine in.
 */
export function parseDiagnosticReport(json: unknown, options: ParseOptions = {}): DiagnosticReport {
  const { source, body, base } = locateReport(json);
  return source === 'fhir' ? readFhirReport(body, base, options) : readRawReport(body, base, source, options);
}
