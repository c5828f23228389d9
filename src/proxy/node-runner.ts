/// <reference types="node" />
// The proxy on Node (`legit-report-viewer/proxy/node`, and the `legit-report-proxy` command): the fetch
// handler of createLegitProxy, its upstream calls over keep-alive `node:http` (node-fetch.ts), served by
// @hono/node-server's listener, with one JSON log line per request. The fetch handler itself stays
// runtime-neutral for edge runtimes.
import { getRequestListener } from '@hono/node-server';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
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

/** The proxy for a Node server. */
export interface NodeProxy extends LegitProxy {
  /**
   * A `node:http` request listener: `createServer(proxy.listener)`, or an Express route. Mount it where a
   * request's URL still starts with `basePath` (Express's `app.all`, not `app.use`, which strips it).
   */
  listener(req: IncomingMessage, res: ServerResponse): void;
  /** Closes the upstream keep-alive connections (at shutdown). */
  close(): void;
}

/**
 * createLegitProxy for Node: the same options, routes and answers, with a `node:http` request listener, and
 * the upstream called over keep-alive `node:http` unless `options.fetch` names another transport.
 */
export function createNodeLegitProxy(options: LegitProxyOptions): NodeProxy {
  const transport = options.fetch === undefined ? createNodeFetch() : undefined;
  const proxy = createLegitProxy(transport ? { ...options, fetch: transport.fetch } : options);
  const listen = getRequestListener(proxy.fetch);
  return {
    fetch: proxy.fetch,
    listener: (req, res) => void listen(req, res),
    close: () => transport?.close(),
  };
}

export interface NodeProxyServer {
  server: Server;
  proxy: NodeProxy;
}

/** Serves the proxy on `port` (0: any free port); `onListening` receives the port. */
export function startNodeProxy(
  options: LegitProxyOptions,
  listen: { port: number; hostname?: string },
  onListening: (port: number) => void,
): NodeProxyServer {
  const proxy = createNodeLegitProxy(options);
  const server = createServer(proxy.listener);
  server.listen(listen.port, listen.hostname, () => {
    const address = server.address();
    onListening(typeof address === 'object' && address !== null ? address.port : listen.port);
  });
  server.once('close', () => proxy.close());
  return { server, proxy };
}
