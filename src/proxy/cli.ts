// `npm run proxy`: serves the proxy on Node from environment variables.
/// <reference types="node" />
import { serve } from '@hono/node-server';
import { createLegitProxy, validateLegitProxyOptions } from './create-legit-proxy';
import { readProxyConfigFromEnv } from './env-config';
import { ProxyConfigError, type ProxyLogger } from './options';

const jsonLine =
  (level: string, write: (line: string) => void) =>
  (entry: Record<string, unknown>): void =>
    write(JSON.stringify({ time: new Date().toISOString(), level, ...entry }));

const logger: ProxyLogger = {
  info: jsonLine('info', (line) => process.stdout.write(`${line}\n`)),
  warn: jsonLine('warn', (line) => process.stderr.write(`${line}\n`)),
  error: jsonLine('error', (line) => process.stderr.write(`${line}\n`)),
};

function start(): void {
  let config;
  try {
    config = readProxyConfigFromEnv(process.env);
    // The library reads its options on the first request; a stand-alone server should refuse to start instead.
    validateLegitProxyOptions(config.options);
  } catch (error) {
    if (!(error instanceof ProxyConfigError)) throw error;
    process.stderr.write(`legit-report-proxy: cannot start.\n${error.message}\n`);
    process.exit(1);
  }
  const proxy = createLegitProxy({ ...config.options, logger });
  const server = serve({ fetch: proxy.fetch, port: config.port }, (info) => {
    logger.info({ event: 'listening', port: info.port, allowedOrigins: config.options.allowedOrigins ?? [] });
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    process.stderr.write(`legit-report-proxy: cannot listen on port ${config.port} (${error.code ?? error.name}).\n`);
    process.exit(1);
  });
  const stop = (): void => {
    server.close(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

start();
