import { LegitReportError } from './errors';
import type { ParseReport } from './load-report';
import { loadParser } from './parser-chunk';

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
