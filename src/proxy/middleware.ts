// The steps every route shares: the response policy around each request, the route's name for the log,
// and the refusal of foreign pages.
import type { MiddlewareHandler } from 'hono';
import { allowedOrigin, applyCorsHeaders, applySecurityHeaders, isRefusedCrossSiteRequest } from './http-headers';
import { problem } from './problems';
import type { ProxyEnv, Respond, RouteName } from './proxy-context';
import type { ResolvedProxyOptions } from './resolve-options';
import type { Log } from './safe-logger';

type Middleware = MiddlewareHandler<ProxyEnv>;

/** Around every request: security and CORS headers on whatever answer it gets, and one log line. */
export function applyResponsePolicy(config: ResolvedProxyOptions, log: Log): Middleware {
  const corsPolicy = { allowHeaders: config.corsAllowHeaders, credentials: config.corsCredentials };
  // Variables are read with c.get: Hono's c.var copies them all into a new object on every read.
  return async (c, next) => {
    const started = Date.now();
    c.set('route', 'unknown');
    c.set('extraHeaders', {});
    c.set('logFields', {});
    c.set('requestId', crypto.randomUUID());
    c.set('audit', {});
    await next();
    // Every response is built by this proxy (never a raw upstream Response), so its headers are mutable here.
    const headers = c.res.headers;
    for (const [name, value] of Object.entries(c.get('extraHeaders'))) headers.set(name, value);
    applySecurityHeaders(headers);
    applyCorsHeaders(headers, allowedOrigin(c.req.raw, config.allowedOrigins), corsPolicy);
    const status = c.res.status;
    const fields = c.get('logFields');
    const level = status >= 500 ? (fields.code === 'INTERNAL_ERROR' ? 'error' : 'warn') : 'info';
    log(level, {
      event: 'request',
      route: c.get('route'),
      requestId: c.get('requestId'),
      method: c.req.method,
      status,
      durationMs: Date.now() - started,
      ...fields,
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
