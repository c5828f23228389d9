// The floor for the proxy bench: the least a report proxy on bare `node:http` must do for one request,
// and nothing more. Validate the id and the query, call the upstream with the token over a keep-alive
// connection, read the body (capped), parse it once, point the PDF link at the proxy, serialise once, and
// answer with the security headers. No framework, no fetch, no logging, no CORS, no rate limit.
// It is a baseline to measure against, never something to deploy.
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { reportPath } from '../src/contract/report-path.ts';
import { isValidReportId } from '../src/contract/report-id.ts';

const ROUTE = /^\/anonymous-diagnostic-reports\/([^/?]+)$/;
const LOCALE = /^[a-z]{2}(-[A-Z]{2})?$/;
const MAX_BYTES = 5 * 1024 * 1024;
const HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

export interface MinimalProxy {
  url: string;
  close(): Promise<void>;
}

/** Starts the minimal proxy in front of `upstreamBaseUrl` (an http: URL ending in the API's base path). */
export async function startMinimalProxy(upstreamBaseUrl: string, token: string): Promise<MinimalProxy> {
  const upstream = new URL(upstreamBaseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const fail = (res: import('node:http').ServerResponse, status: number) =>
    res.writeHead(status, HEADERS).end(`{"code":${status}}`);

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://proxy');
    const match = ROUTE.exec(url.pathname);
    const id = match ? decodeURIComponent(match[1] ?? '') : '';
    const format = url.searchParams.get('format') ?? 'raw';
    const locale = url.searchParams.get('locale') ?? undefined;
    if (req.method !== 'GET' || !isValidReportId(id)) return fail(res, 400);
    if ((format !== 'raw' && format !== 'fhir') || (locale !== undefined && !LOCALE.test(locale)))
      return fail(res, 400);
    const upstreamRequest = request(
      {
        agent,
        host: upstream.hostname,
        port: upstream.port,
        path: `${upstream.pathname}${reportPath(id, { format, locale })}`,
        headers: { 'X-API-TOKEN': token, accept: 'application/json' },
        timeout: 10_000,
      },
      (answer) => {
        const chunks: Buffer[] = [];
        let size = 0;
        answer.on('data', (chunk: Buffer) => {
          size += chunk.byteLength;
          if (size > MAX_BYTES) answer.destroy();
          else chunks.push(chunk);
        });
        answer.on('end', () => {
          if (answer.statusCode !== 200) return fail(res, 502);
          let json: { data?: { pdf?: unknown } };
          try {
            json = JSON.parse(Buffer.concat(chunks, size).toString('utf8')) as typeof json;
          } catch {
            return fail(res, 502);
          }
          if (json.data && typeof json.data.pdf === 'string')
            json.data.pdf = `${reportPath(id, { format: 'pdf', locale })}`;
          res.writeHead(200, HEADERS).end(JSON.stringify(json));
        });
        answer.on('error', () => fail(res, 502));
      },
    );
    upstreamRequest.on('error', () => fail(res, 502));
    upstreamRequest.on('timeout', () => upstreamRequest.destroy());
    upstreamRequest.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
