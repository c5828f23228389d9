// The steps every route shares: the response policy around each request, the route's name for the log,
// the refusal of foreign pages and the rate limit.
import type { MiddlewareHandler } from 'hono';
import { allowedOrigin, applyCorsHeaders, applySecurityHeaders, isRefusedCrossSiteRequest } from './http-headers';
import { problem } from './problems';
import type { ProxyEnv, Respond, RouteName } from './proxy-context';
import { countRequest, MemoryRateLimitStore, nodePeerAddress } from './rate-limit';
import type { ResolvedProxyOptions } from './resolve-options';
import type { Log } from './safe-logger';

type Middleware = MiddlewareHandler<ProxyEnv>;

const SHARED_BUCKET = 'shared';

/** Around every request: security and CORS headers on whatever answer it gets, and one log line. */
export function applyResponsePolicy(config: ResolvedProxyOptions, log: Log): Middleware {
  const corsPolicy = { allowHeaders: config.corsAllowHeaders, credentials: config.corsCredentials };
  return async (c, next) => {
    const started = Date.now();
    c.set('route', 'unknown');
    c.set('extraHeaders', {});
    c.set('logFields', {});
    await next();
    // Every response is built by this proxy (never a raw upstream Response), so its headers are mutable here.
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
}

/** Names the route in the request's log line. */
export function tagRoute(route: RouteName): Middleware {
  return async (c, next) => {
    c.set('route', route);
    await next();
  };
}

/** Browsers on pages whose origin is not allowed are refused before anything else happens. */
export function refuseForeignPages(allowedOrigins: ReadonlySet<string>, respond: Respond): Middleware {
  return async (c, next) => {
    if (isRefusedCrossSiteRequest(c.req.raw, allowedOrigin(c.req.raw, allowedOrigins))) {
      return respond(c, problem('ORIGIN_NOT_ALLOWED'));
    }
    await next();
  };
}

/** Counts the request against its client's bucket; over the limit, a 429 with `Retry-After`. */
export function limitRate(options: ResolvedProxyOptions['rateLimit'], respond: Respond): Middleware {
  if (options === false) return (_c, next) => next();
  const store = options.store ?? new MemoryRateLimitStore();
  return async (c, next) => {
    const key = options.key?.(c.req.raw) ?? nodePeerAddress(c.env) ?? SHARED_BUCKET;
    const decision = await countRequest(store, key, options.limit, options.windowMs, Date.now);
    c.set('extraHeaders', { ...c.var.extraHeaders, ...decision.headers });
    if (!decision.allowed) return respond(c, problem('RATE_LIMITED'));
    await next();
  };
}
