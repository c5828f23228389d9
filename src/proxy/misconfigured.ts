// What a proxy whose options are invalid answers: options are read on the first request (a module-scope
// `createLegitProxy({ apiToken: process.env.X })` must not throw while a framework builds without secrets).
import { applySecurityHeaders } from './http-headers';
import type { LegitProxyOptions } from './options';
import { problem, problemResponse } from './problems';
import { createSafeLogger } from './safe-logger';

/**
 * A handler answering 500 `PROXY_MISCONFIGURED` to every request. It logs the problems once, to the
 * portal's logger or, without one, to `console.error` (a proxy that only fails in silence cannot be fixed).
 * The problems name options and never quote a secret; the body names none of them.
 */
export function misconfiguredHandler(options: Partial<LegitProxyOptions>, problems: readonly string[]): () => Response {
  const secrets = typeof options.apiToken === 'string' ? [options.apiToken.trim()] : [];
  const entry = { event: 'proxy_misconfigured', code: 'PROXY_MISCONFIGURED', problems: [...problems] };
  if (options.logger === undefined) console.error('legit-report-viewer proxy: invalid configuration', entry);
  else createSafeLogger(options.logger, secrets)('error', entry);
  return () => {
    const response = problemResponse(problem('PROXY_MISCONFIGURED'));
    applySecurityHeaders(response.headers);
    return response;
  };
}
