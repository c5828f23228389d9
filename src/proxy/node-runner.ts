/// <reference types="node" />
// The stand-alone proxy on Node (`legit-report-proxy`): the fetch handler of createLegitProxy, its
// upstream calls over keep-alive `node:http` (node-fetch.ts), served by @hono/node-server, with one JSON
// log line per request. The fetch handler itself stays runtime-neutral for edge runtimes.
import { serve, type ServerType } from '@hono/node-server';
import { createLegitProxy, type LegitProxy } from './create-legit-proxy';
import { createNodeFetch } from './node-fetch';
import type { LegitProxyOptions, ProxyLogger } from './options';

const jsonLine =
  (level: string, write: (line: string) => void) =>
  (entry: Record<string, unknown>): void =>
    write(`${JSON.stringify({ time: new Date().toISOString(), level, ...entry })}\n`);

/** Lines wait at most this long, or until this much is pending, before they are written. */
const FLUSH_AFTER_MS = 50;
const FLUSH_AT_CHARS = 64 * 1024;

/**
 * Lines for `stream`, written together every few milliseconds: a write per request was the largest
 * single cost of a proxied request (a write to a pipe is a system call that wakes its reader). What is
 * pending is written before the process exits.
 */
function batchedLines(stream: NodeJS.WriteStream): (line: string) => void {
  let pending = '';
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending === '') return;
    const text = pending;
    pending = '';
    stream.write(text);
  };
  process.once('exit', flush);
  return (line) => {
    pending += line;
    if (pending.length >= FLUSH_AT_CHARS) flush();
    else timer ??= setTimeout(flush, FLUSH_AFTER_MS).unref();
  };
}

/** Info to stdout, warnings and errors to stderr, one JSON object a line; warnings and errors at once. */
export const jsonLinesLogger: ProxyLogger = {
  info: jsonLine('info', batchedLines(process.stdout)),
  warn: jsonLine('warn', (line) => process.stderr.write(line)),
  error: jsonLine('error', (line) => process.stderr.write(line)),
};

export interface NodeProxy extends LegitProxy {
  /** Closes the upstream keep-alive connections. */
  close(): void;
}

/** createLegitProxy with the Node upstream transport, unless `options.fetch` names another. */
export function createNodeLegitProxy(options: LegitProxyOptions): NodeProxy {
  const transport = options.fetch === undefined ? createNodeFetch() : undefined;
  const proxy = createLegitProxy(transport ? { ...options, fetch: transport.fetch } : options);
  return { fetch: proxy.fetch, close: () => transport?.close() };
}

export interface NodeProxyServer {
  server: ServerType;
  proxy: NodeProxy;
}

/** Serves the proxy on `port` (0: any free port); `onListening` receives the port. */
export function startNodeProxy(
  options: LegitProxyOptions,
  listen: { port: number; hostname?: string },
  onListening: (port: number) => void,
): NodeProxyServer {
  const proxy = createNodeLegitProxy(options);
  const server = serve({ fetch: proxy.fetch, port: listen.port, hostname: listen.hostname }, (info) =>
    onListening(info.port),
  );
  server.once('close', () => proxy.close());
  return { server, proxy };
}
