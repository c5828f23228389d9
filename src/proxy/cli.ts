// `npm run proxy`: serves the proxy on Node from environment variables.
/// <reference types="node" />
import { validateLegitProxyOptions } from './create-legit-proxy';
import { readProxyConfigFromEnv, type ProxyEnvConfig } from './env-config';
import { forwardAuth } from './forward-auth';
import { jsonLinesLogger as logger, startNodeProxy } from './node-runner';
import { ProxyConfigError, type LegitProxyOptions } from './options';

function refuseToStart(error: unknown): never {
  if (!(error instanceof ProxyConfigError)) throw error;
  process.stderr.write(`legit-report-proxy: cannot start.\n${error.message}\n`);
  process.exit(1);
}

/** The rate limit the environment asks for, with its Redis connection when shared. */
async function rateLimitFrom(
  config: ProxyEnvConfig,
): Promise<{ rateLimit: LegitProxyOptions['rateLimit']; close(): Promise<void> }> {
  if (config.rateLimit === false) return { rateLimit: false, close: async () => undefined };
  const { perMinute, redisUrl, failOpen } = config.rateLimit;
  if (redisUrl === undefined)
    return { rateLimit: { limit: perMinute, windowMs: 60_000 }, close: async () => undefined };
  const { connectRedisStore } = await import('./cli-redis');
  const redis = await connectRedisStore(redisUrl, failOpen, logger);
  return { rateLimit: { limit: perMinute, windowMs: 60_000, store: redis.store }, close: redis.close };
}

async function start(): Promise<void> {
  let config: ProxyEnvConfig;
  try {
    config = readProxyConfigFromEnv(process.env);
    // The library reads its options on the first request; a stand-alone server should refuse to start instead.
    validateLegitProxyOptions(config.options);
  } catch (error) {
    refuseToStart(error);
  }
  if (config.auth === 'none')
    logger.warn({
      event: 'auth_disabled',
      message: 'LEGIT_AUTH=none: reports are served to anyone who knows an id. Set LEGIT_AUTH_URL to check sessions.',
    });
  const access = config.auth === 'none' ? {} : forwardAuth(config.auth);
  const limits = await rateLimitFrom(config).catch(refuseToStart);
  const options = { ...config.options, ...access, rateLimit: limits.rateLimit, logger };
  const { server } = startNodeProxy(options, { port: config.port }, (port) => {
    logger.info({
      event: 'listening',
      port,
      allowedOrigins: config.options.allowedOrigins ?? [],
      auth: config.auth === 'none' ? 'none' : 'forward',
      rateLimit:
        config.rateLimit === false
          ? 'off'
          : `${config.rateLimit.perMinute}/min ${config.rateLimit.redisUrl ? 'redis' : 'memory'}`,
    });
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    process.stderr.write(`legit-report-proxy: cannot listen on port ${config.port} (${error.code ?? error.name}).\n`);
    process.exit(1);
  });
  const stop = (): void => {
    server.close(() => void limits.close().finally(() => process.exit(0)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await start();
