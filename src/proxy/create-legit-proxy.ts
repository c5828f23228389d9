import { Hono } from 'hono';
import { applyResponsePolicy } from './middleware';
import type { LegitProxyOptions } from './options';
import { problem } from './problems';
import { createResponder, type ProxyEnv } from './proxy-context';
import { resolveProxyOptions } from './resolve-options';
import { addRoutes } from './routes';
import { createSafeLogger, errorFields } from './safe-logger';

/** The proxy: a WHATWG fetch handler. `env` is passed on by runtimes such as `@hono/node-server` (used for the client's address). */
export interface LegitProxy {
  fetch(request: Request, env?: unknown): Promise<Response>;
}

/**
 * Creates the Legit.Health report proxy (the README shows it mounted). Routes, under `basePath`:
 * - `GET /anonymous-diagnostic-reports/:encryptedId?format=raw|fhir|pdf&locale=..` → the S2S report, links rewritten;
 * - `POST /company-app-keys` (when `companyAppKeys`) → `{ appKey, expiresAt }`, a fresh short-lived iframe key;
 * - `GET /healthz` → `{ status: 'ok' }`.
 * Throws {@link ProxyConfigError} when options are invalid.
 */
export function createLegitProxy(options: LegitProxyOptions): LegitProxy {
  const config = resolveProxyOptions(options);
  const log = createSafeLogger(config.logger, [config.apiToken]);
  const respond = createResponder(config.apiToken);

  const app = new Hono<ProxyEnv>();
  app.use('*', applyResponsePolicy(config, log));
  addRoutes(app, config, log, respond);
  app.notFound((c) => respond(c, problem('ROUTE_NOT_FOUND')));
  app.onError((error, c) => {
    log('error', { event: 'unhandled_error', route: c.var.route, ...errorFields(error) });
    return respond(c, problem('INTERNAL_ERROR'));
  });

  return { fetch: async (request, env) => app.fetch(request, env) };
}
