import type { DiagnosticReport } from '../report/model';
import type { ParseOptions } from '../report/parse';
import { LegitReportError } from './errors';
import { loadParser } from './parser-chunk';

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
