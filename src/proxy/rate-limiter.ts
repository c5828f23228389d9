// The rate limit as a step of the report and app-key routes, after `authorize`: one bucket per principal, else per
// client key or address. A request with no key is counted against nobody; a shared store that is down fails as it
// was configured to.
import { problem, type Problem } from './problems';
import type { ProxyContext } from './proxy-context';
import { countRequest, MemoryRateLimitStore, RateLimitStoreUnavailableError } from './rate-limit';
import { rateLimitKey } from './rate-limit-key';
import type { ResolvedProxyOptions } from './resolve-options';
import { errorFields, type Log } from './safe-logger';

/** Counts the request; the problem to answer when it is over the limit (or cannot be counted and must not pass). */
export type RateLimiter = (c: ProxyContext, principal: string | undefined) => Promise<Problem | undefined>;

export function createRateLimiter(options: ResolvedProxyOptions['rateLimit'], log: Log): RateLimiter {
  if (options === false) return () => Promise.resolve(undefined);
  const store = options.store ?? new MemoryRateLimitStore();
  let warnedNoKey = false;
  let storeDown = false;
  return async (c, principal) => {
    const key = rateLimitKey(principal, c.req.raw, c.env, options.key);
    if (key === undefined) {
      c.get('logFields').rateLimit = 'no-client-key';
      if (!warnedNoKey) {
        warnedNoKey = true;
        log('warn', {
          event: 'rate_limit_no_client_key',
          message:
            'A request had no principal, no rateLimit.key and no peer address: it was not counted. Return { principal } from authorize, or give rateLimit.key.',
        });
      }
      return undefined;
    }
    let decision;
    try {
      decision = await countRequest(store, key, options.limit, options.windowMs, Date.now);
    } catch (error) {
      if (!(error instanceof RateLimitStoreUnavailableError)) throw error;
      c.get('logFields').rateLimit = error.failOpen ? 'store-down-allowed' : 'store-down-refused';
      // One line per outage, not per request: each request's own line carries the field above.
      if (!storeDown)
        log('warn', { event: 'rate_limit_store_unavailable', failOpen: error.failOpen, ...errorFields(error) });
      storeDown = true;
      return error.failOpen ? undefined : problem('RATE_LIMIT_UNAVAILABLE');
    }
    if (storeDown) log('info', { event: 'rate_limit_store_recovered' });
    storeDown = false;
    Object.assign(c.get('extraHeaders'), decision.headers);
    return decision.allowed ? undefined : problem('RATE_LIMITED');
  };
}
