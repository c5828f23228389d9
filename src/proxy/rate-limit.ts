/** A counter for one client in the current window. */
export interface RateLimitCount {
  /** Requests counted in the current window, this one included. */
  count: number;
  /** When the current window ends, in epoch milliseconds. */
  resetAt: number;
}

/**
 * Where rate-limit counters live. Implement it over Redis, a KV store or a Durable Object to share
 * counts between instances; {@link MemoryRateLimitStore} is per process.
 */
export interface RateLimitStore {
  /** Counts one request for `key` in a fixed window of `windowMs` starting at its first request. */
  increment(key: string, windowMs: number): Promise<RateLimitCount>;
}

/**
 * Thrown by a shared store that cannot count now (its server is down or slow). `failOpen` says what the proxy does:
 * serve the request uncounted (logged), or refuse it with 503 `RATE_LIMIT_UNAVAILABLE`. Any other error from a store
 * is a 500.
 */
export class RateLimitStoreUnavailableError extends Error {
  override readonly name = 'RateLimitStoreUnavailableError';
  readonly failOpen: boolean;

  constructor(message: string, options: { failOpen: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.failOpen = options.failOpen;
  }
}

/** Fixed-window counters in this process's memory. Expired entries are swept lazily (no timers, so it is safe on edge runtimes). */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly #counters = new Map<string, RateLimitCount>();
  readonly #now: () => number;
  readonly #maxKeys: number;

  /** @param options.now clock, for tests; @param options.maxKeys bound on tracked clients (oldest dropped first). */
  constructor(options: { now?: () => number; maxKeys?: number } = {}) {
    this.#now = options.now ?? Date.now;
    this.#maxKeys = options.maxKeys ?? 100_000;
  }

  increment(key: string, windowMs: number): Promise<RateLimitCount> {
    const now = this.#now();
    const current = this.#counters.get(key);
    if (current !== undefined && current.resetAt > now) {
      current.count += 1;
      return Promise.resolve({ ...current });
    }
    if (current !== undefined) this.#counters.delete(key);
    this.#sweep(now);
    const fresh = { count: 1, resetAt: now + windowMs };
    this.#counters.set(key, fresh);
    return Promise.resolve({ ...fresh });
  }

  /** Number of tracked clients (for tests and metrics). */
  get size(): number {
    return this.#counters.size;
  }

  #sweep(now: number): void {
    // Map iteration is insertion order, so the first entries are the oldest windows.
    for (const [key, entry] of this.#counters) {
      if (entry.resetAt <= now || this.#counters.size >= this.#maxKeys) this.#counters.delete(key);
      else break;
    }
  }
}

/** The outcome of counting one request. */
export interface RateLimitDecision {
  allowed: boolean;
  headers: Record<string, string>;
}

/** Counts a request and computes the draft-6 `RateLimit-*` headers (and `Retry-After` when refused). */
export async function countRequest(
  store: RateLimitStore,
  key: string,
  limit: number,
  windowMs: number,
  now: () => number,
): Promise<RateLimitDecision> {
  const { count, resetAt } = await store.increment(key, windowMs);
  // Read the clock after the store answers: a remote store's latency must not inflate the reset time.
  const resetSeconds = Math.max(0, Math.ceil((resetAt - now()) / 1000));
  const headers: Record<string, string> = {
    'RateLimit-Limit': String(limit),
    'RateLimit-Remaining': String(Math.max(0, limit - count)),
    'RateLimit-Reset': String(resetSeconds),
    'RateLimit-Policy': `${limit};w=${Math.ceil(windowMs / 1000)}`,
  };
  const allowed = count <= limit;
  if (!allowed) headers['Retry-After'] = String(Math.max(1, resetSeconds));
  return { allowed, headers };
}

/** The TCP peer address that `@hono/node-server` exposes in its bindings, read defensively; undefined elsewhere. */
export function nodePeerAddress(env: unknown): string | undefined {
  if (typeof env !== 'object' || env === null || !('incoming' in env)) return undefined;
  const incoming: unknown = env.incoming;
  if (typeof incoming !== 'object' || incoming === null || !('socket' in incoming)) return undefined;
  const socket: unknown = incoming.socket;
  if (typeof socket !== 'object' || socket === null || !('remoteAddress' in socket)) return undefined;
  return typeof socket.remoteAddress === 'string' ? socket.remoteAddress : undefined;
}
