// The audit trail: one event per report, PDF and app-key request, logged as a JSON line and handed to `onAudit`.
// It says who asked for which report and what they got; never the token, never report content.
import type { MiddlewareHandler } from 'hono';
import type { ProxyEnv } from './proxy-context';
import type { AuditEvent } from './audit-event';
import { errorFields, type Log } from './safe-logger';

/** Audits the requests of one route. `kind` picks the event from the request (a PDF is its own event). */
export function auditTrail(
  kind: 'report' | 'company-app-keys',
  log: Log,
  onAudit: ((event: AuditEvent) => void | Promise<void>) | undefined,
): MiddlewareHandler<ProxyEnv> {
  return async (c, next) => {
    await next();
    const facts = c.get('audit');
    const code = c.get('logFields').code;
    const isPdf = kind === 'report' && c.req.query('format') === 'pdf';
    const event: AuditEvent = {
      event: kind === 'company-app-keys' ? 'app_key_minted' : isPdf ? 'pdf_access' : 'report_access',
      requestId: c.get('requestId'),
      time: new Date().toISOString(),
      reportId: facts.reportId ?? null,
      principal: facts.principal ?? null,
      status: c.res.status,
      code: typeof code === 'string' ? code : null,
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
