// What one audit line holds: the shape `onAudit` receives (see audit.ts for how it is made).

export type AuditEventName = 'report_access' | 'pdf_access' | 'app_key_minted';

/** One audited request. */
export interface AuditEvent {
  event: AuditEventName;
  /** The same id as the request's log line. */
  requestId: string;
  /** When the answer was decided, ISO-8601. */
  time: string;
  /** The encrypted id asked for; null for app keys and for ids refused as malformed. */
  reportId: string | null;
  /** Who asked, as `authorize` named them; null when it did not (or did not run). */
  principal: string | null;
  /** The HTTP status answered. */
  status: number;
  /** The problem code when the answer was one. */
  code: string | null;
  /** Time spent on the upstream exchange in milliseconds; null when upstream was not called. */
  upstreamMs: number | null;
}
