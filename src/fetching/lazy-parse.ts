import { LegitReportError } from './errors';
import type { ParseReport } from './load-report';

// The parser is only needed once a report arrives; loading it on demand keeps it off the
// portal's initial page. `preloadParser` starts the download as soon as an id is known.
const loadParser = () => import('../report/index');

/** Parses with the parser loaded on demand; a parser that cannot be fetched is CHUNK_LOAD_FAILED, not an unreadable report. */
export const parseOnDemand: ParseReport = async (json) => {
  let parser: Awaited<ReturnType<typeof loadParser>>;
  try {
    parser = await loadParser();
  } catch (cause) {
    throw new LegitReportError({ code: 'CHUNK_LOAD_FAILED', cause });
  }
  return parser.parseDiagnosticReport(json);
};

/** Starts the download; a failure is left to the parse that needs it, which imports again. */
export function preloadParser(): void {
  loadParser().catch(() => {});
}
