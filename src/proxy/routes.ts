// The proxy's routes under `basePath`: the report, the app-key minting (when enabled), health and preflight.
import type { Hono } from 'hono';
import { REPORT_ROUTE } from '../contract/report-path';
import { isValidReportId } from '../contract/report-id';
import { checkAccess } from './access-hook';
import { appKeyOriginAllowed } from './app-key-access';
import { mintAppKey } from './app-key-handler';
import { auditTrail } from './audit';
import { allowedOrigin, preflightResponse } from './http-headers';
import { refuseForeignPages, tagRoute } from './middleware';
import { problem } from './problems';
import type { ProxyContext, ProxyEnv, Respond } from './proxy-context';
import { serveReport } from './report-handler';
import { createRateLimiter } from './rate-limiter';
import { parseReportQuery } from './report-query';
import type { ResolvedProxyOptions } from './resolve-options';
import type { Log } from './safe-logger';
import type { UpstreamContext } from './upstream-call';

export function addRoutes(app: Hono<ProxyEnv>, config: ResolvedProxyOptions, log: Log, respond: Respond): void {
  const base = config.basePath;
  const reportRoute = `${base}${REPORT_ROUTE}/:encryptedId`;
  const appKeyRoute = `${base}/company-app-keys`;
  const corsPolicy = { allowHeaders: config.corsAllowHeaders, credentials: config.corsCredentials };
  const foreignPagesRefused = refuseForeignPages(config.allowedOrigins, respond);
  // One limiter (one store) for both routes: a client's requests count together.
  const rateLimited = createRateLimiter(config.rateLimit, log);
  let warnedKeysClosed = false;

  const noteFor = (c: ProxyContext) => (fields: Record<string, unknown>) => {
    Object.assign(c.get('logFields'), fields);
  };
  const upstreamContext = (c: ProxyContext): UpstreamContext => ({
    apiBaseUrl: config.apiBaseUrl,
    apiToken: config.apiToken,
    timeoutMs: config.timeoutMs,
    fetch: config.fetch,
    clientSignal: c.req.raw.signal,
    note: noteFor(c),
  });

  const methodNotAllowed = (allow: string) => (c: ProxyContext) => {
    c.get('extraHeaders').Allow = allow;
    return respond(c, problem('METHOD_NOT_ALLOWED', { message: `Use ${allow}.` }));
  };

  app.get(`${base}/healthz`, tagRoute('healthz'), (c) => c.json({ status: 'ok' }));

  app.options('*', tagRoute('preflight'), (c) => {
    const methods = c.req.path === appKeyRoute && config.companyAppKeys ? ['POST'] : ['GET'];
    return preflightResponse(allowedOrigin(c.req.raw, config.allowedOrigins), methods, corsPolicy);
  });

  app.get(
    reportRoute,
    tagRoute('report'),
    auditTrail('report', log, config.onAudit),
    foreignPagesRefused,
    async (c) => {
      // Hono answers HEAD with the GET handler and drops the body; a dropped PDF stream would hold the upstream open.
      if (c.req.method === 'HEAD') return methodNotAllowed('GET')(c);
      const encryptedId = c.req.param('encryptedId');
      if (encryptedId === undefined || !isValidReportId(encryptedId)) return respond(c, problem('INVALID_REPORT_ID'));
      c.get('audit').reportId = encryptedId;
      const parsed = parseReportQuery(new URL(c.req.url).searchParams);
      if (!parsed.ok) return respond(c, problem(parsed.code));
      c.get('logFields').format = parsed.query.format;
      const { authorize } = config;
      const access = await checkAccess(authorize && (() => authorize(c.req.raw, encryptedId)), 'allow', noteFor(c));
      if (!access.ok) return respond(c, access.problem);
      c.get('audit').principal = access.principal;
      // Counted only now: malformed or refused requests must not use up a clinician's budget.
      const limited = await rateLimited(c, access.principal);
      if (limited !== undefined) return respond(c, limited);
      const started = performance.now();
      const result = await serveReport(encryptedId, parsed.query, {
        ...upstreamContext(c),
        basePath: base,
        pdfTimeoutMs: config.pdfTimeoutMs,
        warnLate: (entry) => log('warn', { route: 'report', ...entry }),
      });
      c.get('audit').upstreamMs = elapsedMs(started);
      return result.ok ? result.response : respond(c, result.problem);
    },
  );

  if (config.companyAppKeys) {
    const audited = auditTrail('company-app-keys', log, config.onAudit);
    app.post(appKeyRoute, tagRoute('company-app-keys'), audited, foreignPagesRefused, async (c) => {
      if (!appKeyOriginAllowed(c.req.raw, config.allowedOrigins)) return respond(c, problem('ORIGIN_NOT_ALLOWED'));
      const { authorizeCompanyAppKey: authorize } = config;
      if (authorize === undefined && !warnedKeysClosed) {
        warnedKeysClosed = true;
        log('warn', {
          event: 'company_app_keys_closed',
          message: 'companyAppKeys is on without authorizeCompanyAppKey: every key request is refused.',
        });
      }
      const access = await checkAccess(authorize && (() => authorize(c.req.raw)), 'refuse', noteFor(c));
      if (!access.ok) return respond(c, access.problem);
      c.get('audit').principal = access.principal;
      const limited = await rateLimited(c, access.principal);
      if (limited !== undefined) return respond(c, limited);
      const started = performance.now();
      const result = await mintAppKey({ ...upstreamContext(c), now: Date.now });
      c.get('audit').upstreamMs = elapsedMs(started);
      return result.ok ? c.json(result.key, 200) : respond(c, result.problem);
    });
  }

  app.all(reportRoute, tagRoute('report'), methodNotAllowed('GET'));
  app.all(`${base}/healthz`, tagRoute('healthz'), methodNotAllowed('GET, HEAD'));
  if (config.companyAppKeys) app.all(appKeyRoute, tagRoute('company-app-keys'), methodNotAllowed('POST'));
}

function elapsedMs(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
