// `npm run proxy`: serves the proxy on Node from environment variables.
/// <reference types="node" />
import { readProxyConfigFromEnv } from './env-config';
import { jsonLinesLogger as logger, startNodeProxy } from './node-runner';
import { ProxyConfigError } from './options';

function start(): void {
  let config;
  try {
    config = readProxyConfigFromEnv(process.env);
  } catch (error) {
    if (!(error instanceof ProxyConfigError)) throw error;
    process.stderr.write(`legit-report-proxy: cannot start.\n${error.message}\n`);
    process.exit(1);
  }
  const { server } = startNodeProxy({ ...config.options, logger }, { port: config.port }, (port) => {
    logger.info({ event: 'listening', port, allowedOrigins: config.options.allowedOrigins ?? [] });
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
