// The benchmark site: the pages in this folder built by Vite in production mode (React's
// production build, minified, as a portal ships it), served on loopback together with the
// demo's mock S2S upstream and the proxy at /api/legit, as one portal origin would host them.
//
// One server, two origins: the portal at http://localhost:<port>, the simulated iframe at
// http://127.0.0.1:<port> (another origin, as Legit.Health's iframe is).
import { randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { startMockUpstream, type MockUpstream } from '../../demo/server/mock-upstream.ts';
import { createLegitProxy } from '../../src/proxy/index.ts';

const PAGES_DIR = fileURLToPath(new URL('.', import.meta.url));
const PUBLIC_DIR = resolve(PAGES_DIR, '../../public');
const PROXY_BASE_PATH = '/api/legit';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface BenchSite {
  /** The portal origin, e.g. `http://localhost:41234`. */
  portalOrigin: string;
  /** The simulated iframe's origin, e.g. `http://127.0.0.1:41234`. */
  senderOrigin: string;
  upstream: MockUpstream;
  close(): Promise<void>;
}

/** Builds the pages into a temporary directory; returns it. */
async function buildPages(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'lrv-bench-pages-'));
  await build({
    configFile: false,
    root: PAGES_DIR,
    base: '/',
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: {
          'message-to-screen': join(PAGES_DIR, 'message-to-screen.html'),
          render: join(PAGES_DIR, 'render.html'),
          sender: join(PAGES_DIR, 'sender.html'),
        },
      },
    },
  });
  return outDir;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The built page or asset, else a file from public/ (the demo's sample images), else 404. */
function serveFile(roots: string[], req: IncomingMessage, res: ServerResponse): void {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  for (const root of roots) {
    const file = normalize(join(root, pathname));
    if (!file.startsWith(normalize(root + sep)) || !isFile(file)) continue;
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
    return;
  }
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
}

/** Builds the pages and starts the mock upstream, the proxy and the static server on loopback. */
export async function startBenchSite(): Promise<BenchSite> {
  const outDir = await buildPages();
  let port = 0;
  const token = randomBytes(24).toString('base64url');
  // `localhost` image URLs: the report parser accepts http: images only on loopback names.
  const upstream = await startMockUpstream({ token, imageBaseUrl: () => `http://localhost:${port}` });
  // No rate limit: the bench sends far more than a clinician would.
  const proxy = createLegitProxy({
    apiBaseUrl: `${upstream.url}/s2s-api/v3`,
    apiToken: token,
    basePath: PROXY_BASE_PATH,
    rateLimit: false,
  });
  const proxyListener = getRequestListener((request) => proxy.fetch(request), { overrideGlobalObjects: false });

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === PROXY_BASE_PATH || path.startsWith(`${PROXY_BASE_PATH}/`)) {
      proxyListener(req, res).catch(() => res.writeHead(500).end());
      return;
    }
    serveFile([outDir, PUBLIC_DIR], req, res);
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const address = server.address();
  if (address === null || typeof address !== 'object') throw new Error('the bench server has no port');
  port = address.port;

  return {
    portalOrigin: `http://localhost:${port}`,
    senderOrigin: `http://127.0.0.1:${port}`,
    upstream,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
      await upstream.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
