// The audit trail: one event per report, PDF and app-key request, logged as a JSON line and handed to `onAudit`.
// It says who asked for which report and what they got; never the token, never report content.
import type { MiddlewareHandler } from 'hono';
import type { ProxyEnv } from './proxy-context';
import { errorFields, type Log } from './safe-logger';

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

/** Audits the requests of one route. `kind` picks the event from the request (a PDF is its own event). */
export function auditTrail(
  kind: 'report' | 'company-app-keys',
  log: Log,
  onAudit: ((event: AuditEvent) => void | Promise<void>) | undefined,
): MiddlewareHandler<ProxyEnv> {
  return async (c, next) => {
    await next();
    const facts = c.var.audit;
    const isPdf = kind === 'report' && new URL(c.req.url).searchParams.get('format') === 'pdf';
    const event: AuditEvent = {
      event: kind === 'company-app-keys' ? 'app_key_minted' : isPdf ? 'pdf_access' : 'report_access',
      requestId: c.var.requestId,
      time: new Date().toISOString(),
      reportId: facts.reportId ?? null,
      principal: facts.principal ?? null,
      status: c.res.status,
      code: typeof c.var.logFields.code === 'string' ? c.var.logFields.code : null,
      upstreamMs: facts.upstreamMs ?? null,
    };
    log('info', { ...event });
    if (onAudit === undefined) return;
    try {
      await onAudit(event);
    } catch (error) {
      log('error', { event: 'audit_hook_failed', requestId: event.requestId, ...errorFields(error) });
    }
  };
}
