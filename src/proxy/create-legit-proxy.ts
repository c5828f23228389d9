import { Hono } from 'hono';
import { applyResponsePolicy } from './middleware';
import { misconfiguredHandler } from './misconfigured';
import { ProxyConfigError, type LegitProxyOptions } from './options';
import { problem } from './problems';
import { createResponder, type ProxyEnv } from './proxy-context';
import { resolveProxyOptions, type ResolvedProxyOptions } from './resolve-options';
import { addRoutes } from './routes';
import { createSafeLogger, errorFields } from './safe-logger';

/** The proxy: a WHATWG fetch handler. `env` is passed on by runtimes such as `@hono/node-server` (used for the client's address). */
export interface LegitProxy {
  fetch(request: Request, env?: unknown): Promise<Response>;
}

type Handler = LegitProxy['fetch'];

/**
 * Creates the Legit.Health report proxy (the README shows it mounted). Routes, under `basePath`:
 * - `GET /anonymous-diagnostic-reports/:encryptedId?format=raw|fhir|pdf&locale=..` → the S2S report, links rewritten;
 * - `POST /company-app-keys` (when `companyAppKeys`) → `{ appKey, expiresAt }`, a fresh short-lived iframe key;
 * - `GET /healthz` → `{ status: 'ok' }`.
 * Never throws: options are read and checked on the first request, so a module that creates the proxy from
 * `process.env` can be loaded where the secrets are absent (a framework's build). Invalid options are logged
 * once, every problem listed, and every request is answered 500 `PROXY_MISCONFIGURED`. To fail at start-up
 * instead, call {@link validateLegitProxyOptions} first.
 */
export function createLegitProxy(options: LegitProxyOptions): LegitProxy {
  let handler: Handler | undefined;
  return {
    fetch: async (request, env) => {
      handler ??= buildHandler(options);
      return handler(request, env);
    },
  };
}

/** Checks options as the proxy does on its first request; throws {@link ProxyConfigError} listing every problem. */
export function validateLegitProxyOptions(options: LegitProxyOptions): void {
  resolveProxyOptions(options);
}

function buildHandler(options: LegitProxyOptions): Handler {
  let config: ResolvedProxyOptions;
  try {
    config = resolveProxyOptions(options);
  } catch (error) {
    if (!(error instanceof ProxyConfigError)) throw error;
    const answer = misconfiguredHandler(options, error.problems);
    return async () => answer();
  }
  return appFor(config);
}

function appFor(config: ResolvedProxyOptions): Handler {
  const log = createSafeLogger(config.logger, [config.apiToken]);
  const respond = createResponder(config.apiToken);

  const app = new Hono<ProxyEnv>();
  app.use('*', applyResponsePolicy(config, log));
  addRoutes(app, config, log, respond);
  app.notFound((c) => respond(c, problem('ROUTE_NOT_FOUND')));
  app.onError((error, c) => {
    log('error', { event: 'unhandled_error', route: c.get('route'), ...errorFields(error) });
    return respond(c, problem('INTERNAL_ERROR'));
  });
  return async (request, env) => app.fetch(request, env);
}
