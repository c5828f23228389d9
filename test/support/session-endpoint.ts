// A real HTTP session-check endpoint on loopback, for forward auth: it records what it was sent and answers as told.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type SessionAnswer =
  | { kind: 'allow'; principal?: string; status?: number }
  | { kind: 'deny'; status: number }
  | { kind: 'redirect' }
  | { kind: 'hang' };

export interface SessionEndpoint {
  url: string;
  readonly requests: { method: string; url: string; headers: IncomingHttpHeaders }[];
  answer(decide: (headers: IncomingHttpHeaders) => SessionAnswer): void;
  close(): Promise<void>;
}

export async function startSessionEndpoint(path = '/session-check'): Promise<SessionEndpoint> {
  const requests: SessionEndpoint['requests'] = [];
  const sockets = new Set<Socket>();
  let decide: (headers: IncomingHttpHeaders) => SessionAnswer = () => ({ kind: 'allow' });
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const answer = decide(req.headers);
    if (answer.kind === 'hang') return; // never answers: the proxy's timeout must end the wait
    if (answer.kind === 'redirect') {
      res.writeHead(302, { location: 'https://portal.example/login' }).end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': 'text/plain' };
    if (answer.kind === 'allow' && answer.principal !== undefined) headers['x-legit-principal'] = answer.principal;
    res.writeHead(answer.status ?? (answer.kind === 'allow' ? 200 : 401), headers).end('session check');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    requests,
    answer: (next) => {
      decide = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
