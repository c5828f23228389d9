// The CLI's Redis connection for shared rate limits. `redis` is an optional peer dependency: loaded only here.
/// <reference types="node" />
import { ProxyConfigError, type ProxyLogger } from './options';
import { RedisRateLimitStore } from './redis-store';

const CONNECT_WAIT_MS = 2_000;

/**
 * Connects to `url` and returns a store over it. Starts even when Redis is down (the store then fails open or
 * closed as configured, and the client keeps reconnecting); each outage is logged once.
 */
export async function connectRedisStore(
  url: string,
  failOpen: boolean,
  logger: ProxyLogger,
): Promise<{ store: RedisRateLimitStore; close(): Promise<void> }> {
  let redis: typeof import('redis');
  try {
    redis = await import('redis');
  } catch {
    throw new ProxyConfigError(['LEGIT_RATE_LIMIT_REDIS_URL needs the redis package: npm install redis']);
  }
  const client = redis.createClient({
    url,
    // Never queue a count while disconnected: the store answers at once, as configured.
    disableOfflineQueue: true,
    socket: { connectTimeout: CONNECT_WAIT_MS, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  });
  let down = false;
  client.on('error', (error: unknown) => {
    if (down) return;
    down = true;
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
    logger.warn({ event: 'redis_unavailable', errorName: error instanceof Error ? error.name : typeof error, code });
  });
  client.on('ready', () => {
    if (down) logger.info({ event: 'redis_ready' });
    down = false;
  });
  const connecting = client.connect().then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([connecting, new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS).unref())]);
  return {
    store: new RedisRateLimitStore({ client, failOpen }),
    close: async () => {
      await client.close().catch(() => undefined);
    },
  };
}
