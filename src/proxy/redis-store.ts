// Rate-limit counters in Redis, shared by every proxy instance that points at it: one atomic script per request.
import { RateLimitStoreUnavailableError, type RateLimitCount, type RateLimitStore } from './rate-limit';

/**
 * What the store needs of a Redis client: a connected `redis` (node-redis v5) client from `createClient()`
 * fits as it is. Only its shape is used, so this entry does not load `redis` itself.
 */
export interface RedisScriptClient {
  readonly isReady: boolean;
  evalSha(sha1: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

export interface RedisRateLimitStoreOptions {
  client: RedisScriptClient;
  /** Prefix of the counter keys. Default `legit-rl:`. */
  prefix?: string;
  /**
   * When Redis is down or slow: serve the request uncounted (`true`, the default; the proxy logs the outage once),
   * or refuse it with 503 `RATE_LIMIT_UNAVAILABLE` (`false`).
   */
  failOpen?: boolean;
  /** How long one count may take before Redis counts as down. Default 500 ms. */
  timeoutMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

// Fixed window: the first request of a window sets its expiry. INCR and PEXPIRE in one script, so two instances
// can never both see the count before the other's increment, and a key can never be left without an expiry.
const SCRIPT = `local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

let scriptSha: Promise<string> | undefined;
function sha1Hex(text: string): Promise<string> {
  scriptSha ??= crypto.subtle
    .digest('SHA-1', new TextEncoder().encode(text))
    .then((digest) => [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''));
  return scriptSha;
}

function readReply(reply: unknown): [number, number] {
  if (Array.isArray(reply) && reply.length === 2) {
    const [count, ttl] = reply.map(Number);
    if (Number.isSafeInteger(count) && Number.isSafeInteger(ttl)) return [count ?? 0, ttl ?? 0];
  }
  throw new TypeError('unexpected reply from the rate-limit script');
}

/** A {@link RateLimitStore} in Redis: one `EVALSHA` round trip per counted request (and one `EVAL` the first time). */
export class RedisRateLimitStore implements RateLimitStore {
  readonly #client: RedisScriptClient;
  readonly #prefix: string;
  readonly #failOpen: boolean;
  readonly #timeoutMs: number;
  readonly #now: () => number;

  constructor(options: RedisRateLimitStoreOptions) {
    this.#client = options.client;
    this.#prefix = options.prefix ?? 'legit-rl:';
    this.#failOpen = options.failOpen ?? true;
    this.#timeoutMs = options.timeoutMs ?? 500;
    this.#now = options.now ?? Date.now;
  }

  async increment(key: string, windowMs: number): Promise<RateLimitCount> {
    // A client that is not connected would queue the command until it reconnects: answer now instead.
    if (!this.#client.isReady) throw this.#unavailable('Redis is not connected');
    const args = { keys: [`${this.#prefix}${key}`], arguments: [String(windowMs)] };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(this.#unavailable(`Redis did not answer in ${this.#timeoutMs} ms`)),
        this.#timeoutMs,
      );
    });
    try {
      const reply = await Promise.race([this.#run(args), timeout]);
      const [count, ttl] = readReply(reply);
      return { count, resetAt: this.#now() + ttl };
    } catch (error) {
      throw error instanceof RateLimitStoreUnavailableError ? error : this.#unavailable('Redis failed', error);
    } finally {
      clearTimeout(timer);
    }
  }

  async #run(args: { keys: string[]; arguments: string[] }): Promise<unknown> {
    try {
      return await this.#client.evalSha(await sha1Hex(SCRIPT), args);
    } catch (error) {
      // The server has not seen the script yet (or was restarted): EVAL runs it and caches it for EVALSHA.
      if (error instanceof Error && error.message.startsWith('NOSCRIPT')) return this.#client.eval(SCRIPT, args);
      throw error;
    }
  }

  #unavailable(message: string, cause?: unknown): RateLimitStoreUnavailableError {
    return new RateLimitStoreUnavailableError(message, { failOpen: this.#failOpen, cause });
  }
}
