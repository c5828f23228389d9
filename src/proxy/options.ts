import { isLoopbackHostname } from '../contract/loopback.ts';
import { UPSTREAM_TIMEOUT_MS } from '../contract/timeouts.ts';
import type { RateLimitStore } from './rate-limit.ts';

/** Structured logger. Each call receives one plain object; the proxy never puts the token or report content in it. */
export interface ProxyLogger {
  info(entry: Record<string, unknown>): void;
  warn(entry: Record<string, unknown>): void;
  error(entry: Record<string, unknown>): void;
}

/** Per-client rate limit, counted in fixed windows. */
export interface RateLimitOptions {
  /** Requests allowed per client per window. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
  /** Where counters live. Default: a per-process {@link MemoryRateLimitStore}; use a shared store when running several instances. */
  store?: RateLimitStore;
  /**
   * The client's bucket. Default: the TCP peer address on Node (`@hono/node-server`), else one shared bucket.
   * Behind a reverse proxy or on an edge runtime, derive it from a header your platform sets and clients cannot forge.
   */
  key?(request: Request): string;
}

/** Options of {@link createLegitProxy}. */
export interface LegitProxyOptions {
  /** Base URL of Legit.Health's S2S API, e.g. `https://host/s2s-api/v3`. `https:` only (`http:` to loopback for tests). */
  apiBaseUrl: string;
  /** The S2S token sent as `X-API-TOKEN` (16+ characters). Stays on the server: never in a response, log line or error. */
  apiToken: string;
  /** Browser origins allowed to call the proxy cross-origin (exact origins, e.g. `https://portal.example`). Default: none (same-origin use only). */
  allowedOrigins?: string[];
  /**
   * Request headers a cross-origin page may send (CORS preflight `Access-Control-Allow-Headers`), e.g. the portal's
   * own session header read by {@link LegitProxyOptions.authorize}. Never forwarded upstream. Default `['Content-Type']`.
   */
  corsAllowHeaders?: string[];
  /** Let allowed origins send cookies (`Access-Control-Allow-Credentials: true`), for a cookie session checked in `authorize`. Default false. */
  corsCredentials?: boolean;
  /** Path prefix the proxy is mounted under, e.g. `/api/legit`. Used for routing and for the PDF links it writes. Default `''`. */
  basePath?: string;
  /**
   * Upstream timeout in milliseconds (for PDFs: until headers arrive, then between chunks). Default 10 000.
   * Keep the widget's `timeoutMs` at least 5 000 above it, so a slow upstream reaches the widget as this proxy's answer.
   */
  timeoutMs?: number;
  /**
   * Decides whether this request may read this report, before any upstream call (the id in an iframe message is forgeable).
   * Return false for 403. Typically: look up the clinician's session from the request and check the report belongs to it.
   */
  authorize?(request: Request, encryptedId: string): boolean | Promise<boolean>;
  /** Decides whether this request may mint an iframe key (`POST /company-app-keys`). Return false for 403. Default: allowed. */
  authorizeCompanyAppKey?(request: Request): boolean | Promise<boolean>;
  /** Per-client rate limit on the report and app-key routes, or `false` to turn it off. Default: 60 requests per minute. */
  rateLimit?: RateLimitOptions | false;
  /** Enables `POST /company-app-keys`, which mints a short-lived iframe key. Default false. */
  companyAppKeys?: boolean;
  /** Structured logger. Default: silent. */
  logger?: ProxyLogger;
  /** The transport to the upstream (e.g. a runtime's own fetch). Default: global `fetch`. */
  fetch?: typeof fetch;
}

/** Thrown when the proxy's configuration is missing or malformed. Its message names the problem, never a secret's value. */
export class ProxyConfigError extends Error {
  override readonly name = 'ProxyConfigError';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid legit proxy configuration:\n- ${problems.join('\n- ')}`);
    this.problems = problems;
  }
}

/** Options after validation and defaults. */
export interface ResolvedProxyOptions {
  apiBaseUrl: string;
  apiToken: string;
  allowedOrigins: ReadonlySet<string>;
  corsAllowHeaders: readonly string[];
  corsCredentials: boolean;
  basePath: string;
  timeoutMs: number;
  authorize: ((request: Request, encryptedId: string) => boolean | Promise<boolean>) | undefined;
  authorizeCompanyAppKey: ((request: Request) => boolean | Promise<boolean>) | undefined;
  rateLimit: RateLimitOptions | false;
  companyAppKeys: boolean;
  logger: ProxyLogger | undefined;
  fetch: typeof fetch;
}

export const MIN_TOKEN_LENGTH = 16;
export const DEFAULT_RATE_LIMIT = { limit: 60, windowMs: 60_000 } as const;

/** Problems with a base URL, or none. Never echoes the value (it could hold a credential). */
export function apiBaseUrlProblems(value: unknown, name = 'apiBaseUrl'): string[] {
  if (typeof value !== 'string' || value.trim() === '') return [`${name} is required (e.g. https://host/s2s-api/v3)`];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [`${name} is not an absolute URL`];
  }
  const problems: string[] = [];
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHostname(url.hostname))) {
    problems.push(`${name} must use https: (http: is allowed only to localhost)`);
  }
  if (url.username !== '' || url.password !== '') problems.push(`${name} must not contain credentials`);
  if (url.search !== '' || url.hash !== '') problems.push(`${name} must not have a query or fragment`);
  return problems;
}

/** Problems with an allowed-origin entry, or none. */
export function originProblems(value: string): string[] {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [`allowed origin "${value}" is not an origin like https://portal.example`];
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== value) {
    return [`allowed origin "${value}" must be an exact origin (scheme://host[:port], no path or trailing slash)`];
  }
  return [];
}

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
const BASE_PATH = /^(\/[A-Za-z0-9._~-]+)*$/;

function positiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

/** Validates options and applies defaults; throws {@link ProxyConfigError} listing every problem. */
export function resolveProxyOptions(options: LegitProxyOptions): ResolvedProxyOptions {
  const problems = apiBaseUrlProblems(options.apiBaseUrl);
  if (typeof options.apiToken !== 'string' || options.apiToken.trim() === '') problems.push('apiToken is required');
  else if (/[\r\n]/.test(options.apiToken)) problems.push('apiToken must be a single line');
  // The leak checks look for the token inside upstream text; a very short value would match ordinary words.
  else if (options.apiToken.trim().length < MIN_TOKEN_LENGTH)
    problems.push(`apiToken is too short to be an S2S token (under ${MIN_TOKEN_LENGTH} characters)`);

  const allowedOrigins = options.allowedOrigins ?? [];
  for (const origin of allowedOrigins) problems.push(...originProblems(origin));

  const corsAllowHeaders = options.corsAllowHeaders ?? ['Content-Type'];
  if (!corsAllowHeaders.every((name) => HEADER_NAME.test(name))) problems.push('corsAllowHeaders must be header names');

  const basePath = options.basePath ?? '';
  const basePathValid = BASE_PATH.test(basePath) && !basePath.split('/').some((s) => s === '.' || s === '..');
  if (!basePathValid) problems.push('basePath must be empty or like /api/legit (no trailing slash, no dot segments)');

  const timeoutMs = options.timeoutMs ?? UPSTREAM_TIMEOUT_MS;
  if (!positiveInteger(timeoutMs)) problems.push('timeoutMs must be a positive integer');

  const rateLimit: RateLimitOptions | false =
    options.rateLimit === undefined ? { ...DEFAULT_RATE_LIMIT } : options.rateLimit;
  if (rateLimit !== false && (!positiveInteger(rateLimit.limit) || !positiveInteger(rateLimit.windowMs))) {
    problems.push('rateLimit.limit and rateLimit.windowMs must be positive integers');
  }

  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') problems.push('no fetch implementation available: pass options.fetch');

  if (problems.length > 0) throw new ProxyConfigError(problems);

  return {
    apiBaseUrl: options.apiBaseUrl.replace(/\/+$/, ''),
    apiToken: options.apiToken.trim(),
    allowedOrigins: new Set(allowedOrigins),
    corsAllowHeaders,
    corsCredentials: options.corsCredentials ?? false,
    basePath,
    timeoutMs,
    authorize: options.authorize,
    authorizeCompanyAppKey: options.authorizeCompanyAppKey,
    rateLimit,
    companyAppKeys: options.companyAppKeys ?? false,
    logger: options.logger,
    // Bound so runtimes that require `this === globalThis` are satisfied.
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
  };
}
