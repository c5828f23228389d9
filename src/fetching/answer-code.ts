import { LegitReportError } from './errors';

// What reads an answer (the transport's body, the parse, error mapping, the retry policy) loads
// on demand: with the report id (preloadReportChunks) and with each request, which starts at once
// and never waits for it.
const load = () => import('./answer');
type AnswerCode = Awaited<ReturnType<typeof load>>;

let loaded: AnswerCode | undefined;

/** The code, once loaded: a request's failure is read by it, so it is always here by then. */
export const loadedAnswerCode = (): AnswerCode | undefined => loaded;

/**
 * Loads it; a chunk that cannot be fetched rejects as CHUNK_LOAD_FAILED (a later call tries again).
 * Once loaded it is handed over at once: even a cached `import()` waits for a task.
 */
export function loadAnswerCode(): Promise<AnswerCode> {
  if (loaded !== undefined) return Promise.resolve(loaded);
  return load().then(
    (code) => (loaded = code),
    (cause: unknown) => {
      throw new LegitReportError({ code: 'CHUNK_LOAD_FAILED', cause });
    },
  );
}
