/** Headers every response carries. CORP same-site stops other sites embedding responses (img, script); CORS fetches are unaffected. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-site',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Strict-Transport-Security': 'max-age=15552000; includeSubDomains',
  'Cache-Control': 'no-store',
};

/** JSON is data, never a document: nothing may load or frame it. */
const JSON_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Response headers a cross-origin widget needs to read (retry timing, the download name). */
const EXPOSED_HEADERS =
  'Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Content-Disposition';

export function applySecurityHeaders(headers: Headers): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
  headers.delete('X-Powered-By');
  if ((headers.get('content-type') ?? '').includes('json')) headers.set('Content-Security-Policy', JSON_CSP);
}

/** The allowed origin to echo, or undefined (then no `Access-Control-Allow-Origin` is sent). */
export function allowedOrigin(request: Request, allowedOrigins: ReadonlySet<string>): string | undefined {
  const origin = request.headers.get('origin');
  return origin !== null && allowedOrigins.has(origin) ? origin : undefined;
}

export interface CorsPolicy {
  allowHeaders: readonly string[];
  credentials: boolean;
}

export function applyCorsHeaders(headers: Headers, origin: string | undefined, policy: CorsPolicy): void {
  headers.append('Vary', 'Origin');
  if (origin === undefined) return;
  headers.set('Access-Control-Allow-Origin', origin);
  headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  if (policy.credentials) headers.set('Access-Control-Allow-Credentials', 'true');
}

/** The answer to a CORS preflight. A refused origin gets a 204 without CORS headers, so the browser blocks the call. */
export function preflightResponse(
  origin: string | undefined,
  methods: readonly string[],
  policy: CorsPolicy,
): Response {
  const headers = new Headers();
  if (origin !== undefined) {
    headers.set('Access-Control-Allow-Methods', methods.join(', '));
    if (policy.allowHeaders.length > 0) headers.set('Access-Control-Allow-Headers', policy.allowHeaders.join(', '));
    headers.set('Access-Control-Max-Age', '600');
  }
  return new Response(null, { status: 204, headers });
}

/**
 * A browser request from a page whose origin is not allowed. `Sec-Fetch-Site` tells same-origin calls apart
 * (they may omit or carry `Origin`); without it (old browsers, servers) nothing is refused here.
 */
export function isRefusedCrossSiteRequest(request: Request, origin: string | undefined): boolean {
  if (origin !== undefined || request.headers.get('origin') === null) return false;
  const site = request.headers.get('sec-fetch-site');
  return site === 'cross-site' || site === 'same-site';
}

/** A safe download name: only the id's alphanumerics, bounded. */
export function pdfFilename(encryptedId: string): string {
  const safe = encryptedId.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64) || 'report';
  return `legit-report-${safe}.pdf`;
}
