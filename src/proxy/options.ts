// The proxy's public options, as a portal passes them; resolve-options.ts checks them and fills defaults.
import type { AuditEvent } from './audit-event';
import type { RateLimitStore } from './rate-limit';

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
   * The client's bucket when `authorize` named no principal: return a value your platform sets and clients cannot
   * forge (behind a reverse proxy or on an edge runtime, a header it sets), or undefined to fall back to the TCP peer
   * address (`@hono/node-server`; IPv6 by its /64). A request with no key at all is not counted (logged once).
   */
  key?(request: Request): string | undefined;
}

/**
 * What an access hook answers: `true`, or `{ principal }` naming who asks (their bucket for the rate limit, and
 * the audit trail), lets the request through; `false` is a 403; `{ refuse: 401 }` says nobody is signed in, and
 * `{ refuse: 503 }` that the session could not be checked now. A refusal's `reason` goes into the log line
 * (a short code for operators, never shown to the browser).
 */
export type AccessDecision = boolean | { principal: string } | { refuse: 401 | 403 | 503; reason?: string };

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
   * Upstream timeout in milliseconds (for PDFs: until headers arrive, then between chunks; and how long a client
   * may leave a PDF unread before it is cut off). Default 10 000.
   * Keep the widget's `timeoutMs` at least 5 000 above it, so a slow upstream reaches the widget as this proxy's answer.
   */
  timeoutMs?: number;
  /** The longest a PDF download may last, its upstream connection included, however slowly it is read. Default 300 000 (5 minutes). */
  pdfTimeoutMs?: number;
  /**
   * Decides whether this request may read this report (raw, FHIR and PDF), before any upstream call: the id in an
   * iframe message is forgeable. Typically: look up the clinician's session from the request, check the report belongs
   * to it, and return `{ principal: session.clinicianId }`. Default: every valid id is served.
   */
  authorize?(request: Request, encryptedId: string): AccessDecision | Promise<AccessDecision>;
  /**
   * Decides whether this request may mint an iframe key (`POST /company-app-keys`), as `authorize` does.
   * Default: refused (403), so `companyAppKeys: true` needs it.
   */
  authorizeCompanyAppKey?(request: Request): AccessDecision | Promise<AccessDecision>;
  /**
   * Per-client rate limit on the report and app-key routes, counted after `authorize` (per principal, else per client
   * key or address), or `false` to turn it off. Default: 60 requests per minute.
   */
  rateLimit?: RateLimitOptions | false;
  /**
   * Called with each report, PDF and app-key request's audit event (also logged as a JSON line), to store it. Its
   * errors are logged by name and never change the answer.
   */
  onAudit?(event: AuditEvent): void | Promise<void>;
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
