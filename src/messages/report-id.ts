// Report ids arrive in postMessage data that any window can forge, so they are checked
// before they reach a URL. Dependency-free: the fetching layer and the proxy import this.

/** Shortest id accepted. Real encrypted ids are far longer; this only stops trivial junk. */
export const REPORT_ID_MIN_LENGTH = 8;
/** Longest id accepted. The documented FHIR example id is 88 characters. */
export const REPORT_ID_MAX_LENGTH = 512;

// Standard and URL-safe base64 alphabets plus padding. A UUID also matches.
// '.' is outside the set, so no id can carry '..' (path traversal), '?', '#', '%',
// spaces or control characters.
const REPORT_ID_PATTERN = /^[A-Za-z0-9+/=_-]+$/;

/** The id was not a base64-like string of acceptable length. */
export class InvalidReportIdError extends Error {
  override readonly name = 'InvalidReportIdError';
  constructor(readonly reason: string) {
    super(`Invalid report id: ${reason}`);
  }
}

/** Why `value` is not a valid report id, or `null` when it is one. */
export function describeInvalidReportId(value: unknown): string | null {
  if (typeof value !== 'string') return `expected a string, got ${value === null ? 'null' : typeof value}`;
  if (value.length < REPORT_ID_MIN_LENGTH) return `shorter than ${REPORT_ID_MIN_LENGTH} characters (${value.length})`;
  if (value.length > REPORT_ID_MAX_LENGTH) return `longer than ${REPORT_ID_MAX_LENGTH} characters (${value.length})`;
  if (!REPORT_ID_PATTERN.test(value)) return 'contains characters outside [A-Za-z0-9+/=_-]';
  return null;
}

/** True when `id` is a base64/url-safe string of 8..512 characters. */
export function isValidReportId(id: string): boolean {
  return describeInvalidReportId(id) === null;
}

/**
 * The id as one URL path segment: validated, then `encodeURIComponent`ed (so `/`, `+`
 * and `=` of base64 are escaped). Throws `InvalidReportIdError` for an invalid id.
 */
export function encodeReportIdForPath(id: string): string {
  const problem = describeInvalidReportId(id);
  if (problem !== null) throw new InvalidReportIdError(problem);
  return encodeURIComponent(id);
}
