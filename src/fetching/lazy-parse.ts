import type { DiagnosticReport } from '../report/model';
import type { ParseOptions } from '../report/parse';
import { LegitReportError } from './errors';

// The parser is only needed once a report arrives; loading it on demand keeps it off the
// portal's initial page. `preloadParser` starts the download as soon as an id is known.
const loadParser = () => import('../report/parse');

/** Parses with the parser loaded on demand; a parser that cannot be fetched is CHUNK_LOAD_FAILED, not an unreadable report. */
export async function parseOnDemand(json: unknown, options?: ParseOptions): Promise<DiagnosticReport> {
  let parser: Awaited<ReturnType<typeof loadParser>>;
  try {
    parser = await loadParser();
  } catch (cause) {
    throw new LegitReportError({ code: 'CHUNK_LOAD_FAILED', cause });
  }
  return parser.parseDiagnosticReport(json, options);
}

/** Starts the download; a failure is left to the parse that needs it, which imports again. */
export function preloadParser(): void {
  loadParser().catch(() => {});
}
