/**
 * Serves the simulated Legit.Health iframe on its own origin (127.0.0.1, a port of its
 * own), so that its postMessage to the portal (on localhost) really crosses origins.
 * Plain files, no build step: demo/iframe/{index.html, iframe.js, iframe.css}.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { caseSummaries } from '../cases/cases.ts';
import { listen } from './listen.ts';

export interface IframeServerOptions {
  /** Default 127.0.0.1: a different origin from the portal's `localhost`. */
  host?: string;
  /** Default 0 (a free port). */
  port?: number;
  /**
   * Whether a company key would be accepted: true/false, or null when unknown (live mode).
   * With false the simulated iframe refuses to load and posts `invalid_company_key`, as the real one does.
   */
  companyKeyStatus?(key: string): boolean | null;
}

export interface IframeServer {
  /** e.g. `http://127.0.0.1:40567`. */
  origin: string;
  close(): Promise<void>;
}

const FILES: Readonly<Record<string, { file: string; type: string }>> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/iframe.js': { file: 'iframe.js', type: 'text/javascript; charset=utf-8' },
  '/iframe.css': { file: 'iframe.css', type: 'text/css; charset=utf-8' },
};

// A strict policy, like a real third-party iframe would have; embedding is limited to local pages.
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; frame-ancestors http://localhost:* http://127.0.0.1:*",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  res.end(text);
}

export async function startIframeServer(options: IframeServerOptions = {}): Promise<IframeServer> {
  const host = options.host ?? '127.0.0.1';
  const dir = new URL('../iframe/', import.meta.url);

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://iframe.invalid');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: 'Use GET' });
      return;
    }
    if (url.pathname === '/cases.json') {
      sendJson(res, 200, caseSummaries(url.searchParams.get('locale') === 'es' ? 'es' : 'en'));
      return;
    }
    if (url.pathname === '/company-status') {
      const key = url.searchParams.get('company') ?? '';
      sendJson(res, 200, { valid: key === '' ? false : (options.companyKeyStatus?.(key) ?? null) });
      return;
    }
    const entry = FILES[url.pathname];
    if (!entry) {
      sendJson(res, 404, { error: 'Not found' });
      return;
    }
    readFile(new URL(entry.file, dir))
      .then((body) => {
        res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': entry.type });
        res.end(req.method === 'HEAD' ? undefined : body);
      })
      .catch(() => sendJson(res, 500, { error: 'Could not read the iframe files' }));
  });

  return listen(server, host, options.port);
}
