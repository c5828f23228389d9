// Local copy until src/messages/report-id.ts exports `isValidReportId`; then this file should re-export it.
const REPORT_ID = /^[A-Za-z0-9+/=_-]{8,512}$/;

/** Whether `value` looks like a Legit.Health encrypted report id (base64-like, 8..512 chars, no `..`). */
export function isValidReportId(value: unknown): value is string {
  return typeof value === 'string' && REPORT_ID.test(value) && !value.includes('..');
}
