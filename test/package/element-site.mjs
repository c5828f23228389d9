// The site the element check drives: a clinic portal page with no React and no build step,
// served with a strict Content-Security-Policy; a stand-in for the Legit.Health iframe on a
// second origin and a forger on a third. The portal's proxy route answers the raw v3 fixture
// and logs every request (id, locale, whether the browser aborted it).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { URL } from 'node:url';

export const STRICT_CSP = "script-src 'self'; style-src 'self'";
const PUBLISHED_IMAGE = 'https://legit-dev.s3.eu-west-3.amazonaws.com/diagnostic-report-medias/bbb.png';
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.html': 'text/html' };

const portalHtml = ({ legit, forger }) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Plain portal</title>
    <link rel="stylesheet" href="/hostile.css" />
    <!-- With a cache-busting query, as server frameworks add (asp-append-version, mix()). -->
    <script type="module" src="/lrv/element.js?v=1"></script>
    <script type="module" src="/host.js"></script>
  </head>
  <body>
    <main>
      <h1>Plain portal</h1>
      <legit-iframe id="legit" base-url="${legit}/frame.html" company="test-company-key"></legit-iframe>
      <iframe id="forger" title="Another site" src="${forger}/frame.html"></iframe>
      <legit-report-viewer proxy-url="/api/legit" allowed-origins="${legit}" iframe-id="legit"></legit-report-viewer>
    </main>
  </body>
</html>
`;

// The portal's own script (a file: the policy allows no inline script): records the events.
const hostJs = `const events = [];
window.__legitEvents = events;
for (const type of ['legit-report-id', 'legit-report', 'legit-error', 'legit-message-rejected',
  'legit-invalid-company-key', 'legit-image-rejected', 'legit-config-error']) {
  document.addEventListener(type, (event) => {
    const d = event.detail;
    events.push({
      type, composed: event.composed, bubbles: event.bubbles,
      reportId: d.reportId, conclusions: d.report && d.report.conclusions.length,
      reason: d.reason, origin: d.info && d.info.origin, code: d.error && d.error.code,
    });
  });
}
`;

const framePage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frame</title></head>
<body><p>Simulated frame</p></body></html>`;

function listen(server, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve(`http://${host === '::1' ? '[::1]' : host}:${server.address().port}`));
  });
}

function closer(server) {
  return () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}

/** A page with nothing but a paragraph: the test drives its postMessage from Playwright. */
async function startFrameServer(host) {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(framePage);
  });
  return { origin: await listen(server, host), close: closer(server) };
}

/**
 * Starts the three origins. `packageDir` is the unpacked tarball; `delayedIds` are answered
 * only when the browser gives up (to see the element abort them).
 * @param {{ packageDir: string, fixturePath: string, hostileCssPath: string, axePath: string, imagePath: string }} files
 */
export async function startElementSite(files) {
  const legit = await startFrameServer('localhost');
  const forger = await startFrameServer('127.0.0.2');
  const requests = [];
  const delayedIds = new Set();
  const dist = normalize(join(files.packageDir, 'dist') + sep);
  let portalOrigin = '';
  const statics = {
    '/host.js': () => hostJs,
    '/hostile.css': () => readFileSync(files.hostileCssPath),
    '/axe.js': () => readFileSync(files.axePath),
    '/sample.png': () => readFileSync(files.imagePath),
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://portal.invalid');
    const headers = { 'content-security-policy': STRICT_CSP, 'cache-control': 'no-store' };
    const send = (status, type, body) => res.writeHead(status, { ...headers, 'content-type': type }).end(body);
    const report = /^\/api\/legit\/anonymous-diagnostic-reports\/([^/]+)$/.exec(url.pathname);
    if (report) {
      const entry = { id: decodeURIComponent(report[1]), locale: url.searchParams.get('locale'), aborted: false };
      requests.push(entry);
      if (delayedIds.has(entry.id)) {
        req.on('close', () => (entry.aborted = !res.writableEnded));
        return;
      }
      const json = readFileSync(files.fixturePath, 'utf8').replaceAll(PUBLISHED_IMAGE, `${portalOrigin}/sample.png`);
      return send(200, 'application/json', json);
    }
    if (url.pathname === '/')
      return send(200, 'text/html; charset=utf-8', portalHtml({ legit: legit.origin, forger: forger.origin }));
    if (statics[url.pathname]) return send(200, TYPES[extname(url.pathname)], statics[url.pathname]());
    if (url.pathname.startsWith('/lrv/')) {
      const file = normalize(join(dist, url.pathname.slice('/lrv/'.length)));
      if (file.startsWith(dist)) {
        try {
          return send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
        } catch {
          // falls through to 404
        }
      }
    }
    send(404, 'text/plain', 'not found');
  });
  portalOrigin = await listen(server, '127.0.0.1');
  const closePortal = closer(server);
  return {
    portal: portalOrigin,
    legit: legit.origin,
    forger: forger.origin,
    requests,
    delayedIds,
    close: async () => {
      await Promise.all([closePortal(), legit.close(), forger.close()]);
    },
  };
}
