// A PDF stream never holds its upstream connection open-ended (the security review's finding 4): a client
// that stops reading, a drip that never ends and a client that goes away all end the upstream response.
// Real sockets on loopback: an endless upstream, the proxy under @hono/node-server, a node:http client.
import { createServer, get as httpGet, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { harnessPerTest, TOKEN } from './harness.ts';

interface PdfUpstream {
  baseUrl: string;
  /** Upstream responses whose connection closed before their body was complete. */
  cutOff: number;
  opened: number;
  close(): Promise<void>;
}

/** An upstream PDF that never ends: as fast as it is read (`flood`), or one small chunk every `dripMs`. */
async function startEndlessPdf(mode: { flood: true } | { dripMs: number }): Promise<PdfUpstream> {
  const state = { cutOff: 0, opened: 0 };
  const timers = new Set<ReturnType<typeof setInterval>>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.headers['x-api-token'] !== TOKEN) {
      res.writeHead(401).end();
      return;
    }
    state.opened += 1;
    res.on('close', () => {
      if (!res.writableFinished) state.cutOff += 1;
    });
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.write('%PDF-1.7\n');
    if ('dripMs' in mode) {
      const timer = setInterval(() => res.write('% drip\n'), mode.dripMs);
      timers.add(timer);
      res.on('close', () => clearInterval(timer));
      return;
    }
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = (): void => {
      while (!res.destroyed) if (!res.write(chunk)) return void res.once('drain', pump);
    };
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/s2s-api/v3`,
    get cutOff() {
      return state.cutOff;
    },
    get opened() {
      return state.opened;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearInterval(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A GET whose response is not read (the client neither consumes the body nor closes the connection). */
function requestWithoutReading(url: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = httpGet(url, (response) => {
      response.pause();
      resolve(response);
    });
    request.on('error', reject);
  });
}

/** Reads the rest of a response: whether it arrived complete, or the server cut the connection. */
function readToEnd(response: IncomingMessage): Promise<{ complete: boolean }> {
  return new Promise((resolve) => {
    response.on('error', () => undefined);
    response.on('close', () => resolve({ complete: response.complete }));
    response.resume();
  });
}

const upstreams: PdfUpstream[] = [];
afterEach(async () => {
  for (const upstream of upstreams.splice(0)) await upstream.close();
});
const endless = async (mode: { flood: true } | { dripMs: number }) => {
  const upstream = await startEndlessPdf(mode);
  upstreams.push(upstream);
  return upstream;
};

describe('PDF streams end their hold on the upstream', { timeout: 30_000 }, () => {
  const start = harnessPerTest();
  const POLL = { timeout: 15_000, interval: 50 };
  const pdfPath = '/anonymous-diagnostic-reports/abcdefgh12?format=pdf';
  const failureLogged = (h: { lines: { entry: Record<string, unknown> }[] }, errorName: string) =>
    h.lines.some((l) => l.entry.event === 'pdf_stream_failed' && l.entry.errorName === errorName);

  it('cuts off a client that stops reading, and the upstream with it', async () => {
    const upstream = await endless({ flood: true });
    const h = await start({ apiBaseUrl: upstream.baseUrl, timeoutMs: 300, pdfTimeoutMs: 600_000 });
    const response = await requestWithoutReading(`${h.url}${pdfPath}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    await expect.poll(() => upstream.cutOff, POLL).toBe(1);
    await expect.poll(() => failureLogged(h, 'PdfClientStalledError'), POLL).toBe(true);
    // The upstream never ends: a response that ends at all was cut off by the proxy, not completed.
    expect(await readToEnd(response)).toEqual({ complete: false });
  });

  it('ends a PDF that drips for longer than pdfTimeoutMs, though each chunk comes in time', async () => {
    const upstream = await endless({ dripMs: 50 });
    const h = await start({ apiBaseUrl: upstream.baseUrl, timeoutMs: 1_000, pdfTimeoutMs: 1_500 });
    const response = await fetch(`${h.url}${pdfPath}`);
    expect(response.status).toBe(200);
    await expect(response.arrayBuffer()).rejects.toThrow();
    await expect.poll(() => upstream.cutOff, POLL).toBe(1);
    await expect.poll(() => failureLogged(h, 'PdfDeadlineError'), POLL).toBe(true);
  });

  it('cancels the upstream when the client goes away mid-stream', async () => {
    const upstream = await endless({ flood: true });
    const h = await start({ apiBaseUrl: upstream.baseUrl, timeoutMs: 60_000 });
    const response = await requestWithoutReading(`${h.url}${pdfPath}`);
    expect(response.statusCode).toBe(200);
    response.destroy();
    await expect.poll(() => upstream.cutOff, POLL).toBe(1);
    expect(upstream.opened).toBe(1);
  });

  it('leaves a client that reads steadily alone (a bounded PDF arrives whole)', async () => {
    const h = await start({ timeoutMs: 300 });
    const body = '%PDF-1.7\n' + ' '.repeat(3 * 1024 * 1024);
    h.upstream.respondWith({ kind: 'raw', body, headers: { 'content-type': 'application/pdf' } });
    const response = await fetch(`${h.url}${pdfPath}`);
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBe(body.length);
  });
});
