import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { mintAppKey } from './app-key-handler.ts';
import {
  allowedOrigin,
  applyCorsHeaders,
  applySecurityHeaders,
  isRefusedCrossSiteRequest,
  preflightResponse,
} from './http-headers.ts';
import { resolveProxyOptions, type LegitProxyOptions } from './options.ts';
import { problem, problemResponse, type Problem } from './problems.ts';
import { countRequest, MemoryRateLimitStore, nodePeerAddress } from './rate-limit.ts';
import { fetchReport } from './report-handler.ts';
import { parseReportQuery } from './report-query.ts';
import { isValidReportId } from '../contract/report-id.ts';
import { REPORT_ROUTE } from '../contract/report-path.ts';
import { createSafeLogger, describeError } from './safe-logger.ts';

/** The proxy: a WHATWG fetch handler. `env` is passed on by runtimes such as `@hono/node-server` (used for the client's address). */
export interface LegitProxy {
  fetch(request: Request, env?: unknown): Promise<Response>;
}

type RouteName = 'report' | 'company-app-keys' | 'healthz' | 'preflight' | 'unknown';

interface ProxyEnv {
  Variables: {
    route: RouteName;
    /** Headers decided before the handler ran (rate limit), applied to whatever response it returns. */
    extraHeaders: Record<string, string>;
    /** Content-free fields for this request's log line. */
    logFields: Record<string, unknown>;
  };
}

type ProxyContext = Context<ProxyEnv>;

const SHARED_BUCKET = 'shared';

/**
 * Creates the Legit.Health report proxy. Routes (under `basePath`):
 * - `GET /anonymous-diagnostic-reports/:encryptedId?format=raw|fhir|pdf&locale=..` → the S2S report, links rewritten;
 * - `POST /company-app-keys` (when `companyAppKeys`) → `{ appKey, expiresAt }`, a fresh short-lived iframe key;
 * - `GET /healthz` → `{ status: 'ok' }`.
 * Throws {@link ProxyConfigError} when options are invalid.
 *
 * @example
 * ```ts
 * const proxy = createLegitProxy({
 *   apiBaseUrl: 'https://legit-api.example/s2s-api/v3',
 *   apiToken: process.env.LEGIT_API_TOKEN!,
 *   basePath: '/api/legit',
 *   // The id in an iframe message is forgeable: check the report belongs to the signed-in clinician.
 *   authorize: async (request, encryptedId) => {
 *     const session = await sessions.fromCookie(request.headers.get('cookie'));
 *     return session !== null && (await reports.belongsTo(encryptedId, session.clinicianId));
 *   },
 * });
 * serve({ fetch: proxy.fetch, port: 8787 }); // @hono/node-server; or `export default proxy` on edge runtimes
 * ```
 */
export function createLegitProxy(options: LegitProxyOptions): LegitProxy {
  const config = resolveProxyOptions(options);
  const log = createSafeLogger(config.logger, [config.apiToken]);
  const rateLimit =
    config.rateLimit === false
      ? undefined
      : { ...config.rateLimit, store: config.rateLimit.store ?? new MemoryRateLimitStore() };
  const base = config.basePath;
  const corsPolicy = { allowHeaders: config.corsAllowHeaders, credentials: config.corsCredentials };
  const reportRoute = `${base}${REPORT_ROUTE}/:encryptedId`;
  const appKeyRoute = `${base}/company-app-keys`;

  const respond = (c: ProxyContext, problem: Problem): Response => {
    c.var.logFields.code = problem.code;
    return problemResponse(withoutSecrets(problem, config.apiToken));
  };

  const finalise: MiddlewareHandler<ProxyEnv> = async (c, next) => {
    const started = Date.now();
    c.set('route', 'unknown');
    c.set('extraHeaders', {});
    c.set('logFields', {});
    await next();
    // Every response is built by this module (never a raw upstream Response), so its headers are mutable here.
    const headers = c.res.headers;
    for (const [name, value] of Object.entries(c.var.extraHeaders)) headers.set(name, value);
    applySecurityHeaders(headers);
    applyCorsHeaders(headers, allowedOrigin(c.req.raw, config.allowedOrigins), corsPolicy);
    const status = c.res.status;
    const level = status >= 500 ? (c.var.logFields.code === 'INTERNAL_ERROR' ? 'error' : 'warn') : 'info';
    log(level, {
      event: 'request',
      route: c.var.route,
      method: c.req.method,
      status,
      durationMs: Date.now() - started,
      ...c.var.logFields,
    });
  };

  const named =
    (route: RouteName): MiddlewareHandler<ProxyEnv> =>
    async (c, next) => {
      c.set('route', route);
      await next();
    };

  /** Browsers on pages whose origin is not allowed are refused before anything else happens. */
  const refuseForeignPages: MiddlewareHandler<ProxyEnv> = async (c, next) => {
    if (isRefusedCrossSiteRequest(c.req.raw, allowedOrigin(c.req.raw, config.allowedOrigins))) {
      return respond(c, problem('ORIGIN_NOT_ALLOWED'));
    }
    await next();
  };

  const limitRate: MiddlewareHandler<ProxyEnv> = async (c, next) => {
    if (rateLimit === undefined) return next();
    const key = rateLimit.key?.(c.req.raw) ?? nodePeerAddress(c.env) ?? SHARED_BUCKET;
    const decision = await countRequest(rateLimit.store, key, rateLimit.limit, rateLimit.windowMs, Date.now);
    c.set('extraHeaders', { ...c.var.extraHeaders, ...decision.headers });
    if (!decision.allowed) return respond(c, problem('RATE_LIMITED'));
    await next();
  };

  const upstreamContext = (c: ProxyContext) => ({
    apiBaseUrl: config.apiBaseUrl,
    apiToken: config.apiToken,
    timeoutMs: config.timeoutMs,
    fetch: config.fetch,
    clientSignal: c.req.raw.signal,
    note: (fields: Record<string, unknown>) => Object.assign(c.var.logFields, fields),
  });

  const methodNotAllowed = (allow: string) => (c: ProxyContext) => {
    c.var.extraHeaders.Allow = allow;
    return respond(c, problem('METHOD_NOT_ALLOWED', { message: `Use ${allow}.` }));
  };

  const app = new Hono<ProxyEnv>();
  app.use('*', finalise);

  app.get(`${base}/healthz`, named('healthz'), (c) => c.json({ status: 'ok' }));

  app.options('*', named('preflight'), (c) => {
    const methods = c.req.path === appKeyRoute && config.companyAppKeys ? ['POST'] : ['GET'];
    return preflightResponse(allowedOrigin(c.req.raw, config.allowedOrigins), methods, corsPolicy);
  });

  app.get(reportRoute, named('report'), refuseForeignPages, limitRate, async (c) => {
    // Hono answers HEAD with the GET handler and drops the body; a dropped PDF stream would hold the upstream open.
    if (c.req.method === 'HEAD') return methodNotAllowed('GET')(c);
    const encryptedId = c.req.param('encryptedId');
    if (encryptedId === undefined || !isValidReportId(encryptedId)) {
      return respond(c, problem('INVALID_REPORT_ID'));
    }
    const parsed = parseReportQuery(new URL(c.req.url).searchParams);
    if (!parsed.ok) return respond(c, problem(parsed.code));
    c.var.logFields.format = parsed.query.format;
    const verdict = await runHook(c, config.authorize && (() => config.authorize?.(c.req.raw, encryptedId)));
    if (verdict !== undefined) return respond(c, verdict);
    const result = await fetchReport(encryptedId, parsed.query, {
      ...upstreamContext(c),
      basePath: base,
      warnLate: (entry) => log('warn', { route: 'report', ...entry }),
    });
    return result.ok ? result.response : respond(c, result.problem);
  });

  if (config.companyAppKeys) {
    app.post(appKeyRoute, named('company-app-keys'), refuseForeignPages, limitRate, async (c) => {
      const verdict = await runHook(
        c,
        config.authorizeCompanyAppKey && (() => config.authorizeCompanyAppKey?.(c.req.raw)),
      );
      if (verdict !== undefined) return respond(c, verdict);
      const result = await mintAppKey({ ...upstreamContext(c), now: Date.now });
      return result.ok ? c.json(result.key, 200) : respond(c, result.problem);
    });
  }

  app.all(reportRoute, named('report'), methodNotAllowed('GET'));
  app.all(`${base}/healthz`, named('healthz'), methodNotAllowed('GET, HEAD'));
  if (config.companyAppKeys) app.all(appKeyRoute, named('company-app-keys'), methodNotAllowed('POST'));

  app.notFound((c) => respond(c, problem('ROUTE_NOT_FOUND')));
  app.onError((error, c) => {
    log('error', { event: 'unhandled_error', route: c.var.route, ...describeError(error) });
    return respond(c, problem('INTERNAL_ERROR'));
  });

  return { fetch: async (request, env) => app.fetch(request, env) };
}

/** Drops extra fields (such as an upstream `errorCode`) that contain the token: upstream text is never trusted. */
function withoutSecrets(problem: Problem, secret: string): Problem {
  if (problem.extra === undefined) return problem;
  const extra = Object.fromEntries(Object.entries(problem.extra).filter(([, value]) => !value.includes(secret)));
  return { ...problem, extra };
}

/**
 * Runs an optional authorisation hook: undefined lets the request through; anything but `true` is a 403,
 * and a throwing hook is a 500 (its error is logged by name only).
 */
async function runHook(
  c: ProxyContext,
  hook: (() => boolean | Promise<boolean> | undefined) | undefined,
): Promise<Problem | undefined> {
  if (hook === undefined) return undefined;
  try {
    return (await hook()) === true ? undefined : problem('FORBIDDEN');
  } catch (error) {
    Object.assign(c.var.logFields, describeError(error));
    return problem('AUTHORIZATION_FAILED');
  }
}
