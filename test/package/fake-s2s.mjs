// A stand-in for Legit.Health's S2S API on 127.0.0.1 for the runtime checks: it answers the report route with
// a fixture (raw JSON, its credential-bearing PDF link included) or a small PDF, only to the right token.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { URL } from 'node:url';

export const FAKE_PDF = '%PDF-1.7\n% a report, as a test stands it in\n%%EOF\n';

/** Starts the stand-in; `requests` records every request's path and whether its token was right. */
export async function startFakeS2s({ token, fixturePath }) {
  const report = readFileSync(fixturePath, 'utf8');
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://s2s.invalid');
    const tokenOk = req.headers['x-api-token'] === token;
    requests.push({ path: url.pathname, format: url.searchParams.get('format'), tokenOk });
    if (!tokenOk) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ success: false, message: 'Unauthorized', errorCode: 'INVALID_API_TOKEN', data: null }));
    } else if (!url.pathname.startsWith('/s2s-api/v3/anonymous-diagnostic-reports/')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ success: false, message: 'No route', errorCode: 'ROUTE', data: null }));
    } else if (url.searchParams.get('format') === 'pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end(FAKE_PDF);
    } else {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(report);
    }
  });
  await new Promise((resolvePromise) => server.listen(0, '127.0.0.1', resolvePromise));
  const { port } = server.address();
  return {
    apiBaseUrl: `http://127.0.0.1:${port}/s2s-api/v3`,
    requests,
    close: () =>
      new Promise((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}
