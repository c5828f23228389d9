/**
 * Reads an HTTP `Retry-After` value (RFC 9110 §10.2.3): either a whole number of
 * seconds or an HTTP-date. Returns the wait in milliseconds, 0 for a date already
 * past, or `undefined` when the value is absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) {
    const seconds = Number(trimmed);
    return Number.isSafeInteger(seconds) ? seconds * 1000 : undefined;
  }
  // Anything else must look like a date with a weekday or month name; a bare "-1"
  // or "1.5" is malformed, not a date Date.parse happens to accept.
  if (!/[A-Za-z]{3}/.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
