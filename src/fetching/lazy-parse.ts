import type { ParseOptions } from '../report/parse';
import type { DiagnosticReport } from '../report/model';

// The parser is only needed once a report arrives; loading it on demand keeps it off the
// portal's initial page. `preloadParser` starts the download as soon as an id is known.
const loadParser = () => import('../report/parse');

export const parseOnDemand = async (json: unknown, options?: ParseOptions): Promise<DiagnosticReport> =>
  (await loadParser()).parseDiagnosticReport(json, options);

export function preloadParser(): void {
  void loadParser();
}
