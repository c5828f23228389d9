/**
 * A stand-in for Legit.Health's S2S API on 127.0.0.1, serving the demo cases.
 *
 *   GET  /s2s-api/v3/anonymous-diagnostic-reports/:encryptedId?format=raw|fhir|pdf&locale=en|es
 *   POST /s2s-api/v3/company/company-app-keys   { appKey, expiresAt }
 *
 * plus the two PDF links the reports themselves carry (v2 path, and the v3 `utils` link).
 * Every response but a PDF is the `{ success, message, errorCode, data }` envelope.
 * Legit.Health does not publish its error codes or statuses: the ones here (401, 400, 404,
 * 405, `UNAUTHORIZED`, `NOT_FOUND`, …) are the mock's own, chosen to be unsurprising.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { JsonValue } from '../../src/report/index.ts';
import { UTILS_API_KEY, UTILS_AUTH_KEY } from '../cases/case-model.ts';
import { findCaseById, type DemoCase } from '../cases/cases.ts';
import { renderCase } from '../cases/render-case.ts';
import { IMAGE_LINK_LIFETIME_MS } from '../cases/spec.ts';
import { listen } from './listen.ts';
import { makeReportPdf } from './pdf.ts';

export interface MockUpstreamOptions {
  /** The S2S token the mock expects in `X-API-TOKEN`. */
  token: string;
  /** Origin the report's image URLs point at, e.g. `http://localhost:5173`; a function is read per request. */
  imageBaseUrl: string | (() => string);
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (a free port). */
  port?: number;
  /** Artificial latency before each answer, to make loading states visible. Default 0. */
  delayMs?: number;
}

export interface MockUpstreamRequest {
  method: string;
  /** Path and query as received (the id still URL-encoded). */
  url: string;
  /** Whether `X-API-TOKEN` matched. The token itself is never recorded. */
  authorized: boolean;
  status: number;
}

export interface MockUpstream {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash); the v3 base is `${url}/s2s-api/v3`. */
  url: string;
  /** Every request answered so far, oldest first. */
  requests: readonly MockUpstreamRequest[];
  /** App keys minted through `POST /company/company-app-keys`, with their expiry (ISO-8601). */
  appKeys: ReadonlyMap<string, string>;
  close(): Promise<void>;
}

const REPORT_PATHS = ['/s2s-api/v3/anonymous-diagnostic-reports/', '/s2s-api/v2/anonymous-diagnostic-reports/'];
const APP_KEYS_PATH = '/s2s-api/v3/company/company-app-keys';
const UTILS_PDF_PATH = '/pdf/anonymous-diagnostic-report';
const MAX_BODY_BYTES = 16 * 1024;

type Answer = { status: number; json: JsonValue } | { status: number; pdf: Uint8Array; filename: string };

const envelope = (
  status: number,
  success: boolean,
  message: string,
  errorCode: string | null,
  data: JsonValue = null,
): Answer => ({
  status,
  json: { success, message, errorCode, data },
});
const failure = (status: number, errorCode: string, message: string): Answer =>
  envelope(status, false, message, errorCode);

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) resolve(null);
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function reportPdf(demoCase: DemoCase, locale: string): Answer {
  const spec = demoCase.spec;
  const top = spec?.conclusions[0];
  const lines = [
    'Legit.Health - diagnostic report (demo)',
    `Case: ${demoCase.label}`,
    `Locale: ${locale}`,
    top ? `Most probable: ${top.condition.name} (${top.probability ?? 'n/a'}%)` : 'No conclusions',
    'Sample data for a demo. Not a diagnosis.',
  ];
  return { status: 200, pdf: makeReportPdf(lines), filename: 'diagnostic-report.pdf' };
}

function answerReport(
  rawId: string,
  query: URLSearchParams,
  options: {
    v2: boolean;
    imageBaseUrl: string;
    upstreamUrl: string;
    imageLinksExpireAt: (demoCase: DemoCase) => number;
  },
): Answer {
  let encryptedId: string;
  try {
    encryptedId = decodeURIComponent(rawId);
  } catch {
    return failure(400, 'INVALID_ID', 'The report id is not a valid URL-encoded string');
  }
  const format = query.get('format') ?? (options.v2 ? 'pdf' : 'raw');
  const locale = query.get('locale') ?? 'en';
  if (format !== 'raw' && format !== 'fhir' && format !== 'pdf')
    return failure(400, 'INVALID_FORMAT', `Unknown format "${format}"`);
  // The v2 API serves only the PDF.
  if (options.v2 && format !== 'pdf') return failure(400, 'INVALID_FORMAT', 'The v2 API serves format=pdf only');
  const demoCase = findCaseById(encryptedId);
  if (!demoCase?.spec) return failure(404, 'NOT_FOUND', 'Diagnostic report not found');
  if (format === 'pdf') return reportPdf(demoCase, locale);
  const json = renderCase(demoCase, format, {
    encryptedId,
    imageBaseUrl: options.imageBaseUrl,
    upstreamUrl: options.upstreamUrl,
    locale,
    imageLinksExpireAt: options.imageLinksExpireAt(demoCase),
  });
  return json === null ? failure(404, 'NOT_FOUND', 'Diagnostic report not found') : { status: 200, json };
}

function answerAppKey(body: string | null, appKeys: Map<string, string>): Answer {
  if (body === null) return failure(413, 'PAYLOAD_TOO_LARGE', 'Request body too large');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return failure(400, 'INVALID_BODY', 'The body is not JSON');
  }
  const appKey = typeof parsed === 'object' && parsed !== null && 'appKey' in parsed ? parsed.appKey : undefined;
  const expiresAt =
    typeof parsed === 'object' && parsed !== null && 'expiresAt' in parsed ? parsed.expiresAt : undefined;
  if (typeof appKey !== 'string' || !/^[A-Za-z0-9]{64,}$/.test(appKey)) {
    return failure(422, 'INVALID_APP_KEY', 'appKey must be at least 64 alphanumeric characters');
  }
  const expiry = typeof expiresAt === 'string' ? Date.parse(expiresAt) : Number.NaN;
  if (Number.isNaN(expiry) || expiry <= Date.now())
    return failure(422, 'INVALID_EXPIRES_AT', 'expiresAt must be a future ISO-8601 date');
  appKeys.set(appKey, new Date(expiry).toISOString());
  // The response's data shape is not published; echoing the key and its expiry is the mock's choice.
  return envelope(200, true, 'Company app key created', null, { appKey, expiresAt: new Date(expiry).toISOString() });
}

export async function startMockUpstream(options: MockUpstreamOptions): Promise<MockUpstream> {
  const requests: MockUpstreamRequest[] = [];
  const appKeys = new Map<string, string>();
  const imageBase = () =>
    (typeof options.imageBaseUrl === 'function' ? options.imageBaseUrl() : options.imageBaseUrl).replace(/\/+$/, '');
  let upstreamUrl = '';
  const reportAnswers = new Map<string, number>();
  /** Fresh links for half an hour; a case with stale links gets expired ones on its odd answers. */
  const imageLinksExpireAt = (demoCase: DemoCase): number => {
    const count = (reportAnswers.get(demoCase.key) ?? 0) + 1;
    reportAnswers.set(demoCase.key, count);
    return demoCase.staleImageLinks && count % 2 === 1 ? Date.now() - 60_000 : Date.now() + IMAGE_LINK_LIFETIME_MS;
  };

  async function answer(req: IncomingMessage): Promise<Answer> {
    const url = new URL(req.url ?? '/', 'http://mock.invalid');
    if (url.pathname === UTILS_PDF_PATH && req.method === 'GET') {
      // The report's own PDF link authenticates with keys in its query string, not the token.
      if (url.searchParams.get('apiKey') !== UTILS_API_KEY || url.searchParams.get('authKey') !== UTILS_AUTH_KEY) {
        return failure(401, 'UNAUTHORIZED', 'Invalid PDF link keys');
      }
      const demoCase = findCaseById(url.searchParams.get('diagnosticReportIdEncrypted') ?? '');
      return demoCase?.spec
        ? reportPdf(demoCase, url.searchParams.get('locale') ?? 'en')
        : failure(404, 'NOT_FOUND', 'Diagnostic report not found');
    }
    if (req.headers['x-api-token'] !== options.token)
      return failure(401, 'UNAUTHORIZED', 'Invalid or missing X-API-TOKEN');

    const reportPrefix = REPORT_PATHS.find((p) => url.pathname.startsWith(p));
    if (reportPrefix) {
      const rest = url.pathname.slice(reportPrefix.length);
      // An id whose `/` was not URL-encoded splits into several segments: that is a wrong route.
      if (rest === '' || rest.includes('/')) return failure(404, 'ROUTE_NOT_FOUND', 'No such route');
      if (req.method !== 'GET') return failure(405, 'METHOD_NOT_ALLOWED', 'Use GET');
      return answerReport(rest, url.searchParams, {
        v2: reportPrefix.includes('/v2/'),
        imageBaseUrl: imageBase(),
        upstreamUrl,
        imageLinksExpireAt,
      });
    }
    if (url.pathname === APP_KEYS_PATH) {
      if (req.method !== 'POST') return failure(405, 'METHOD_NOT_ALLOWED', 'Use POST');
      return answerAppKey(await readBody(req), appKeys);
    }
    return failure(404, 'ROUTE_NOT_FOUND', 'No such route');
  }

  function send(res: ServerResponse, result: Answer): void {
    if ('pdf' in result) {
      res.writeHead(result.status, {
        'content-type': 'application/pdf',
        'content-length': String(result.pdf.byteLength),
        'content-disposition': `inline; filename="${result.filename}"`,
      });
      res.end(result.pdf);
      return;
    }
    const body = JSON.stringify(result.json);
    res.writeHead(result.status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
    });
    res.end(body);
  }

  const server = createServer((req, res) => {
    answer(req)
      .then(async (result) => {
        if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
        requests.push({
          method: req.method ?? 'GET',
          url: req.url ?? '/',
          authorized: req.headers['x-api-token'] === options.token,
          status: result.status,
        });
        send(res, result);
      })
      .catch(() => {
        if (!res.headersSent) send(res, failure(500, 'INTERNAL_ERROR', 'Mock upstream failed'));
        else res.destroy();
      });
  });

  const { origin, close } = await listen(server, options.host ?? '127.0.0.1', options.port);
  upstreamUrl = origin;
  return { url: upstreamUrl, requests, appKeys, close };
}
