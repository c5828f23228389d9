// A lab for the browser tests of short-lived iframe keys: per test, a loopback S2S stand-in that
// registers minted keys and serves one report, the real proxy (createLegitProxy) in front of it
// with CORS for the test page's origin, and a gate before the proxy that plays the portal's
// session layer (401) or a broken network (connection dropped). Driven over HTTP from the page:
//   POST   /labs             { pageOrigin, corsCredentials? } → { id, proxyUrl }
//   POST   /labs/:id/mode    { mode }  (see LabMode)
//   GET    /labs/:id/keys    → { minted: string[], keyRequests: number, headers: Record<string,string>[] }
//   DELETE /labs/:id
import { getRequestListener } from '@hono/node-server';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLegitProxy } from '../../src/proxy/index.ts';
import rawV3Acne from '../../fixtures/raw-v3-acne.json';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.ts';
import { withLocalImages } from './local-fixtures.ts';

const TOKEN = 'lab_S2S-token_0123456789abcdef';
const KEY_ROUTE = '/company-app-keys';

/** How the next key requests are answered; `hold` keeps them waiting until the mode changes. */
const MODES = ['ok', 'hold', 'unauthorized', 'forbidden', 'upstream-500', 'hook-throws', 'drop', 'garbled'] as const;
export type LabMode = (typeof MODES)[number];

interface Lab {
  upstream: FakeUpstream;
  server: Server;
  mode: LabMode;
  minted: string[];
  keyRequests: number;
  headers: Record<string, string>[];
  held: Array<() => void>;
}

export interface KeyLab {
  readonly url: string;
  close(): Promise<void>;
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

const stop = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

async function startLab(pageOrigin: string, corsCredentials: boolean): Promise<{ lab: Lab; proxyUrl: string }> {
  const upstream = await startFakeUpstream({ token: TOKEN });
  const report = withLocalImages(rawV3Acne, 'acne-face.png', pageOrigin);
  const lab: Lab = { upstream, server: createServer(), mode: 'ok', minted: [], keyRequests: 0, headers: [], held: [] };
  upstream.respondWith((request) => {
    if (!request.url.endsWith('/company/company-app-keys')) return { kind: 'json', body: report };
    if (lab.mode === 'upstream-500')
      return { kind: 'json', status: 500, body: { success: false, message: 'down', errorCode: 'E500', data: null } };
    lab.minted.push((JSON.parse(request.body) as { appKey: string }).appKey);
    return { kind: 'json', body: { success: true, message: 'created', errorCode: null, data: null } };
  });
  const proxy = createLegitProxy({
    apiBaseUrl: upstream.baseUrl,
    apiToken: TOKEN,
    companyAppKeys: true,
    allowedOrigins: [pageOrigin],
    corsAllowHeaders: ['Content-Type', 'X-CSRF-Token'],
    corsCredentials,
    rateLimit: false,
    authorizeCompanyAppKey: () => {
      if (lab.mode === 'hook-throws') throw new Error('session store down');
      return lab.mode !== 'forbidden';
    },
  });
  const proxyListener = getRequestListener(proxy.fetch, { overrideGlobalObjects: false });
  const answer = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method === 'POST' && req.url === KEY_ROUTE) {
      if (lab.mode === 'hold') return void lab.held.push(() => answer(req, res));
      if (lab.mode === 'drop') return void req.socket.destroy();
      if (lab.mode === 'garbled') {
        // A 200 whose key could never be matched against an invalid_company_key message.
        res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': pageOrigin });
        return void res.end(JSON.stringify({ appKey: 'short', expiresAt: 'soon' }));
      }
      if (lab.mode === 'unauthorized') {
        // What a portal's own session middleware answers, CORS included so the page can read it.
        res.writeHead(401, {
          'content-type': 'application/json',
          'access-control-allow-origin': pageOrigin,
          vary: 'Origin',
        });
        return void res.end(JSON.stringify({ code: 'SESSION_EXPIRED', message: 'Sign in again.' }));
      }
    }
    void proxyListener(req, res);
  };
  lab.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'POST' && req.url === KEY_ROUTE) {
      lab.keyRequests += 1;
      lab.headers.push(Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])));
    }
    answer(req, res);
  });
  const port = await listen(lab.server);
  return { lab, proxyUrl: `http://127.0.0.1:${port}` };
}

async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
}

export async function startKeyLab(): Promise<KeyLab> {
  const labs = new Map<string, Lab>();
  let nextId = 1;
  const control = createServer((req, res) => {
    const send = (status: number, body?: unknown) => {
      res.writeHead(status, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, POST, DELETE',
        'access-control-allow-headers': 'content-type',
      });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    const [, , id, action] = (req.url ?? '/').split('/');
    const lab = id === undefined ? undefined : labs.get(id);
    const handle = async () => {
      if (req.method === 'OPTIONS') return send(204);
      if (req.method === 'POST' && id === undefined) {
        const body = await readJsonBody(req);
        if (typeof body.pageOrigin !== 'string') return send(400, { error: 'pageOrigin' });
        const started = await startLab(body.pageOrigin, body.corsCredentials === true);
        const labId = String(nextId++);
        labs.set(labId, started.lab);
        return send(200, { id: labId, proxyUrl: started.proxyUrl });
      }
      if (lab === undefined || id === undefined) return send(404, { error: 'no such lab' });
      if (req.method === 'POST' && action === 'mode') {
        const { mode } = await readJsonBody(req);
        if (!MODES.includes(mode as LabMode)) return send(400, { error: 'mode' });
        lab.mode = mode as LabMode;
        if (lab.mode !== 'hold') for (const release of lab.held.splice(0)) release();
        return send(200, { mode });
      }
      if (req.method === 'GET' && action === 'keys')
        return send(200, { minted: lab.minted, keyRequests: lab.keyRequests, headers: lab.headers });
      if (req.method === 'DELETE') {
        labs.delete(id);
        await Promise.all([stop(lab.server), lab.upstream.close()]);
        return send(204);
      }
      return send(404, { error: 'no such action' });
    };
    handle().catch((error: unknown) => send(500, { error: String(error) }));
  });
  const port = await listen(control);
  return {
    url: `http://127.0.0.1:${port}/labs`,
    close: async () => {
      await Promise.all([...labs.values()].map((lab) => Promise.all([stop(lab.server), lab.upstream.close()])));
      await stop(control);
    },
  };
}
