import { LegitReportError } from '../../fetching/errors';

/** What a failed `import()` of the widget's own code becomes: its own code and words. */
export const chunkLoadError = (cause: unknown): LegitReportError =>
  cause instanceof LegitReportError ? cause : new LegitReportError({ code: 'CHUNK_LOAD_FAILED', cause });

export const isChunkLoadError = (error: unknown): error is LegitReportError =>
  error instanceof LegitReportError && error.code === 'CHUNK_LOAD_FAILED';
