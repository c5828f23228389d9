// The Node upstream transport on its own, against real loopback servers: what the proxy relies on from
// `fetch` (status, headers, body, abort, no redirects), keep-alive, and the report read in one go. The
// whole proxy suite also runs over it (the `proxy-node` project, see test/proxy/harness.ts).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyInMemory } from '../../src/proxy/in-memory-body.ts';
import { createNodeFetch, type NodeFetch } from '../../src/proxy/node-fetch.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  port: number;
}

let server: Server | undefined;
let transport: NodeFetch | undefined;

afterEach(async () => {
  transport?.close();
  transport = undefined;
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A loopback server answering with `answer`; returns its base URL and what it received. */
async function serve(
  answer: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body,
        port: req.socket.remotePort ?? 0,
      });
      answer(req, res);
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const start = () => (transport = createNodeFetch());

describe('the Node upstream transport', () => {
  it('sends the method, headers and body it is given, and nothing else of its own but the length', async () => {
    const { url, seen } = await serve((_req, res) =>
      res.writeHead(201, { 'content-type': 'application/json' }).end('{"a":1}'),
    );
    const response = await start().fetch(`${url}/keys?x=1`, {
      method: 'POST',
      headers: { 'X-API-TOKEN': 'tok', accept: 'application/json', 'content-type': 'application/json' },
      body: '{"ttl":60}',
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ a: 1 });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/keys?x=1', body: '{"ttl":60}' });
    expect(seen[0]?.headers).toMatchObject({
      'x-api-token': 'tok',
      accept: 'application/json',
      'content-length': '10',
    });
  });

  it('reads a successful JSON answer in one go, and its body stays readable the usual way', async () => {
    const report = JSON.stringify({ success: true, data: { id: 'r1' } });
    const { url } = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(report));
    const response = await start().fetch(`${url}/report`);
    expect(new TextDecoder().decode(bodyInMemory(response))).toBe(report);
    expect(await response.text()).toBe(report);
  });

  it('serves a JSON answer larger than it holds in memory intact, streaming the rest', async () => {
    const big = JSON.stringify({ data: 'x'.repeat(700 * 1024) });
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      // Chunked, in pieces, with no length announced.
      for (let i = 0; i < big.length; i += 64 * 1024) res.write(big.slice(i, i + 64 * 1024));
      res.end();
    });
    const response = await start().fetch(`${url}/big`);
    expect(bodyInMemory(response)).toBeUndefined();
    expect(await response.text()).toBe(big);
  });

  it('streams anything else from its first byte (a PDF), as fetch does', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.write('%PDF-1.7 ');
      setTimeout(() => res.end('rest'), 50);
    });
    const response = await start().fetch(`${url}/pdf`);
    expect(bodyInMemory(response)).toBeUndefined();
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(await response.text()).toBe('%PDF-1.7 rest');
  });

  it('keeps the connection alive across calls', async () => {
    const { url, seen } = await serve((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
    );
    const { fetch } = start();
    for (let i = 0; i < 3; i += 1) await (await fetch(`${url}/r${i}`)).text();
    expect(new Set(seen.map((s) => s.port)).size).toBe(1);
  });

  it('does not follow a redirect, and gives a bodiless status no body', async () => {
    const { url, seen } = await serve((req, res) =>
      req.url === '/moved'
        ? res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' }).end()
        : res.writeHead(204).end(),
    );
    const { fetch } = start();
    const moved = await fetch(`${url}/moved`);
    expect(moved.status).toBe(302);
    expect(moved.headers.get('location')).toBe('http://127.0.0.1:1/elsewhere');
    expect(seen).toHaveLength(1);
    const empty = await fetch(`${url}/empty`);
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
  });

  it('rejects with the signal’s reason when aborted before or while waiting, and a TypeError when it cannot connect', async () => {
    const { url } = await serve(() => {
      // never answers
    });
    const { fetch } = start();
    const reason = new DOMException('stop', 'TimeoutError');
    await expect(fetch(`${url}/x`, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    const controller = new AbortController();
    const pending = fetch(`${url}/x`, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 30);
    await expect(pending).rejects.toBe(reason);
    const refused = await fetch('http://127.0.0.1:1/x').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TypeError);
    expect((refused as TypeError).cause).toMatchObject({ code: 'ECONNREFUSED' });
  });
});
