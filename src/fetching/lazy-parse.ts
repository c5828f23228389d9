import type { ParseReport } from './load-report';

// The parser is only needed once a report arrives; loading it on demand keeps it off the
// portal's initial page. `preloadParser` starts the download as soon as an id is known.
const loadParser = () => import('../report/parse');

export const parseOnDemand: ParseReport = async (json) => (await loadParser()).parseDiagnosticReport(json);

export function preloadParser(): void {
  void loadParser();
}
