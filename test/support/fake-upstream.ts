// A real HTTP stand-in for Legit.Health's S2S API on loopback, with programmable faults.
// It checks X-API-TOKEN like the real service and records every request it receives.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export const FAKE_BASE_PATH = '/s2s-api/v3';

export interface RecordedRequest {
  method: string;
  /** Raw request target (path and query, exactly as sent). */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the fake answers with. */
export type Behaviour =
  | { kind: 'json'; body: unknown; status?: number; headers?: Record<string, string> }
  | { kind: 'raw'; body: string | Uint8Array; status?: number; headers?: Record<string, string> }
  /** Waits before answering (the proxy should time out first). */
  | { kind: 'slow'; delayMs: number; then: Behaviour }
  /** Sends headers and part of the body, then stalls forever. */
  | { kind: 'stall-body'; contentType: string; firstChunk: string }
  /** Destroys the socket without answering. */
  | { kind: 'drop' }
  /** Sends headers and part of the body, then destroys the socket. */
  | { kind: 'drop-mid-body'; contentType: string; firstChunk: string }
  /** A body of `bytes` bytes, chunked (no length) unless `declareLength`. */
  | { kind: 'huge'; bytes: number; contentType: string; declareLength?: boolean; prefix?: string }
  /** Echoes what it received as JSON. */
  | { kind: 'echo' };

export type BehaviourFor = Behaviour | ((request: RecordedRequest) => Behaviour);

export interface FakeUpstream {
  /** Base URL to configure the proxy with, e.g. `http://127.0.0.1:1234/s2s-api/v3`. */
  readonly baseUrl: string;
  readonly origin: string;
  readonly requests: RecordedRequest[];
  /** Sets the answer for the following requests (requests with a wrong token always get 401). */
  respondWith(behaviour: BehaviourFor): void;
  reset(): void;
  close(): Promise<void>;
}

const DEFAULT_BEHAVIOUR: Behaviour = {
  kind: 'json',
  body: { success: true, message: 'ok', errorCode: null, data: {} },
};

export async function startFakeUpstream(options: { token: string }): Promise<FakeUpstream> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let behaviour: BehaviourFor = DEFAULT_BEHAVIOUR;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      if (req.headers['x-api-token'] !== options.token) {
        send(
          res,
          {
            kind: 'json',
            status: 401,
            body: { success: false, message: 'Unauthorized', errorCode: 'INVALID_API_TOKEN', data: null },
          },
          recorded,
          req,
        );
        return;
      }
      if (!(req.url ?? '').startsWith(`${FAKE_BASE_PATH}/`)) {
        send(
          res,
          { kind: 'json', status: 404, body: { success: false, message: 'No route', errorCode: 'ROUTE', data: null } },
          recorded,
          req,
        );
        return;
      }
      send(res, typeof behaviour === 'function' ? behaviour(recorded) : behaviour, recorded, req);
    });
  });
  server.keepAliveTimeout = 10_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address: AddressInfo | string | null = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('fake upstream has no TCP address');
  const origin = `http://127.0.0.1:${address.port}`;

  return {
    baseUrl: `${origin}${FAKE_BASE_PATH}`,
    origin,
    requests,
    respondWith(next) {
      behaviour = next;
    },
    reset() {
      requests.length = 0;
      behaviour = DEFAULT_BEHAVIOUR;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, behaviour: Behaviour, recorded: RecordedRequest, req: IncomingMessage): void {
  switch (behaviour.kind) {
    case 'json': {
      res.writeHead(behaviour.status ?? 200, { 'content-type': 'application/json', ...behaviour.headers });
      res.end(JSON.stringify(behaviour.body));
      return;
    }
    case 'raw': {
      res.writeHead(behaviour.status ?? 200, behaviour.headers ?? {});
      res.end(behaviour.body);
      return;
    }
    case 'echo': {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          success: true,
          message: 'echo',
          errorCode: null,
          data: { method: recorded.method, url: recorded.url, headers: recorded.headers, body: recorded.body },
        }),
      );
      return;
    }
    case 'slow': {
      const timer = setTimeout(() => send(res, behaviour.then, recorded, req), behaviour.delayMs);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    case 'stall-body': {
      res.writeHead(200, { 'content-type': behaviour.contentType });
      res.write(behaviour.firstChunk);
      return;
    }
    case 'drop': {
      req.socket.destroy();
      return;
    }
    case 'drop-mid-body': {
      res.writeHead(200, { 'content-type': behaviour.contentType });
      res.write(behaviour.firstChunk, () => setTimeout(() => req.socket.destroy(), 20));
      return;
    }
    case 'huge': {
      const headers: Record<string, string> = { 'content-type': behaviour.contentType };
      if (behaviour.declareLength === true) headers['content-length'] = String(behaviour.bytes);
      res.writeHead(200, headers);
      streamBytes(res, behaviour.bytes, behaviour.prefix ?? '');
      return;
    }
  }
}

/** Writes `total` bytes (starting with `prefix`) respecting backpressure; stops quietly if the reader goes away. */
function streamBytes(res: ServerResponse, total: number, prefix: string): void {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let sent = 0;
  const first = Buffer.from(prefix);
  if (first.length > 0) {
    res.write(first);
    sent = first.length;
  }
  const pump = (): void => {
    while (sent < total && !res.destroyed) {
      const size = Math.min(chunk.length, total - sent);
      sent += size;
      if (!res.write(size === chunk.length ? chunk : chunk.subarray(0, size))) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  pump();
}
