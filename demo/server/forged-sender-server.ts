/**
 * The portal's "Security check": a page on a THIRD origin (127.0.0.1, a port of its own,
 * so neither the portal's nor the simulated iframe's origin) that posts a forged
 * `analysis_completed` to whatever page embeds it, the way a hostile ad or widget could.
 * The widget must refuse it. Two tiny files served from strings: nothing else to build.
 */
import { createServer, type ServerResponse } from 'node:http';
import { listen } from './listen.ts';

export interface ForgedSenderServer {
  /** e.g. `http://127.0.0.1:40999`. */
  origin: string;
  close(): Promise<void>;
}

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Forged sender (security check)</title>
    <script type="module" src="/sender.js"></script>
  </head>
  <body><p id="status">Not posted yet.</p></body>
</html>
`;

// The id comes from the page's own URL: the portal chooses a real case's id, as an attacker
// who saw one could. '*' as target: a forger does not care who receives it.
const SCRIPT = `const id = new URL(window.location.href).searchParams.get('id') ?? '';
if (window.parent !== window) {
  window.parent.postMessage({ message: 'analysis_completed', id }, '*');
  document.getElementById('status').textContent = 'Posted a forged analysis_completed to the parent page.';
}
`;

const FILES: Readonly<Record<string, { body: string; type: string }>> = {
  '/': { body: PAGE, type: 'text/html; charset=utf-8' },
  '/sender.js': { body: SCRIPT, type: 'text/javascript; charset=utf-8' },
};

const HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; frame-ancestors http://localhost:* http://127.0.0.1:*",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function send(res: ServerResponse, status: number, type: string, body: string, head: boolean): void {
  res.writeHead(status, { ...HEADERS, 'content-type': type });
  res.end(head ? undefined : body);
}

/** Listens on `host` (default 127.0.0.1) and a free port unless `port` is given. */
export async function startForgedSenderServer(
  options: { host?: string; port?: number } = {},
): Promise<ForgedSenderServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      send(res, 405, 'text/plain; charset=utf-8', 'Use GET', false);
      return;
    }
    const file = FILES[new URL(req.url ?? '/', 'http://sender.invalid').pathname];
    if (file) send(res, 200, file.type, file.body, head);
    else send(res, 404, 'text/plain; charset=utf-8', 'Not found', head);
  });

  return listen(server, host, options.port);
}
