// Shared set-up for proxy tests: a fake upstream, the proxy served over real HTTP, and a capturing logger.
import { getRequestListener } from '@hono/node-server';
import { createServer, type Server } from 'node:http';
import { afterEach } from 'vitest';
import type { AddressInfo } from 'node:net';
import { createLegitProxy, type LegitProxy, type LegitProxyOptions, type ProxyLogger } from '../../src/proxy/index.ts';
import { createNodeLegitProxy } from '../../src/proxy/node-runner.ts';
import { startFakeUpstream, type FakeUpstream } from '../support/fake-upstream.ts';

export const TOKEN = 'tok_S3cr3t-Value_9f8e7d6c5b4a';

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  entry: Record<string, unknown>;
}

export function capturingLogger(): { logger: ProxyLogger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  return {
    lines,
    logger: {
      info: (entry) => lines.push({ level: 'info', entry }),
      warn: (entry) => lines.push({ level: 'warn', entry }),
      error: (entry) => lines.push({ level: 'error', entry }),
    },
  };
}

export interface Harness {
  upstream: FakeUpstream;
  proxy: LegitProxy;
  /** Base URL of the proxy served over HTTP (includes basePath). */
  url: string;
  lines: LogLine[];
  close(): Promise<void>;
}

/** A starter for one harness per test: each one started is closed after its test. */
export function harnessPerTest(): (overrides?: Partial<LegitProxyOptions>, upstreamToken?: string) => Promise<Harness> {
  let current: Harness | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (overrides, upstreamToken) => (current = await startHarness(overrides, upstreamToken));
}

/**
 * The proxy under test: the fetch handler served by @hono/node-server over the runtime's fetch, or with
 * LRV_PROXY_TRANSPORT=node (the `proxy-node` Vitest project) as `createNodeLegitProxy` serves it (and the
 * `legit-report-proxy` command): its `node:http` listener, and the Node upstream transport.
 */
const nodeServer = process.env.LRV_PROXY_TRANSPORT === 'node';

/** Starts a fake upstream and the proxy on loopback HTTP (port 0). */
export async function startHarness(
  overrides: Partial<LegitProxyOptions> = {},
  /** The token the fake upstream accepts. */
  upstreamToken = TOKEN,
): Promise<Harness> {
  const upstream = await startFakeUpstream({ token: upstreamToken });
  const { logger, lines } = capturingLogger();
  const options: LegitProxyOptions = {
    apiBaseUrl: upstream.baseUrl,
    apiToken: TOKEN,
    rateLimit: false,
    logger,
    ...overrides,
  };
  const node = nodeServer ? createNodeLegitProxy(options) : undefined;
  const proxy = node ?? createLegitProxy(options);
  const server = await listen(node ? createServer(node.listener) : createServer(getRequestListener(proxy.fetch)));
  const address: AddressInfo | string | null = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('proxy has no TCP address');
  return {
    upstream,
    proxy,
    url: `http://127.0.0.1:${address.port}${overrides.basePath ?? ''}`,
    lines,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      node?.close();
      await upstream.close();
    },
  };
}

function listen(server: Server): Promise<Server> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** An id with every special character an encrypted id can hold. */
export const TRICKY_ID = 'cUVHY3lU/cEFSdzd+hVklrMXFK==';

export async function readJson(response: Response): Promise<Record<string, unknown>> {
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('expected a JSON object');
  return body as Record<string, unknown>;
}
