// Report ids arrive in postMessage data that any window can forge, and reach the proxy in a URL
// anyone can type, so both halves check them with this one rule before an id goes near a URL.

/** Shortest id accepted. Real encrypted ids are far longer; this only stops trivial junk. */
export const REPORT_ID_MIN_LENGTH = 8;
/** Longest id accepted. The documented FHIR example id is 88 characters. */
export const REPORT_ID_MAX_LENGTH = 512;

// Standard and URL-safe base64 alphabets plus padding. A UUID also matches.
// '.' is outside the set, so no id can carry '..' (path traversal), '?', '#', '%',
// spaces or control characters.
const REPORT_ID_PATTERN = /^[A-Za-z0-9+/=_-]+$/;

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
