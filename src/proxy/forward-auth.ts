// Forward auth, the pattern of nginx `auth_request` and Traefik ForwardAuth: the proxy asks the portal's own
// session-check URL whether a request may pass, with the request's own cookies. The S2S token never goes there.
import { createDeadline } from './deadline';
import { secretBearingUrl } from './option-checks';
import { ProxyConfigError, type AccessDecision } from './options';

export interface ForwardAuthOptions {
  /** The portal's session check, e.g. `https://portal.example/session-check` (`http:` only to loopback). */
  url: string;
  /** How long to wait for its answer before refusing with 503. Default 5 000 ms. */
  timeoutMs?: number;
  /** The transport. Default: global `fetch`. */
  fetch?: typeof fetch;
}

/** The two hooks of {@link LegitProxyOptions}, answered by the session check. */
export interface ForwardAuth {
  authorize(request: Request, encryptedId: string): Promise<AccessDecision>;
  authorizeCompanyAppKey(request: Request): Promise<AccessDecision>;
}

export const FORWARD_AUTH_TIMEOUT_MS = 5_000;

/** Only these of the incoming request's headers are passed on: they carry the portal's session. */
const SESSION_HEADERS = ['cookie', 'authorization'] as const;
const PRINCIPAL = /^[^\p{Cc}]{1,256}$/u;

/** Problems with a session-check URL, naming it as `name`; never echoes the value (it could hold a secret). */
export function authUrlProblems(value: string, name = 'url'): string[] {
  // The session's cookies travel there: in clear text only to this machine.
  const { url, problems } = secretBearingUrl(value, name);
  if (url !== undefined && url.hash !== '') problems.push(`${name} must not have a fragment`);
  return problems;
}

/**
 * Checks each request with a `GET` to `url` carrying its `Cookie` and `Authorization`, `X-Legit-Route`
 * (`report`, `pdf` or `company-app-keys`) and, for reports, `X-Legit-Report-Id`. A 2xx allows (its
 * `X-Legit-Principal` header, when present, names who asks); 401 and 403 are passed on; any other answer,
 * a redirect, a timeout or a refused connection is a 503. Throws {@link ProxyConfigError} for a bad URL.
 */
export function forwardAuth(options: ForwardAuthOptions): ForwardAuth {
  const timeoutMs = options.timeoutMs ?? FORWARD_AUTH_TIMEOUT_MS;
  const problems = authUrlProblems(options.url);
  if (!Number.isSafeInteger(timeoutMs) || timeoutMs <= 0) problems.push('timeoutMs must be a positive integer');
  if (problems.length > 0) throw new ProxyConfigError(problems);
  const url = options.url;
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);

  const ask = async (request: Request, route: string, reportId?: string): Promise<AccessDecision> => {
    const headers = new Headers({ 'X-Legit-Route': route, 'user-agent': 'legit-report-viewer-proxy' });
    if (reportId !== undefined) headers.set('X-Legit-Report-Id', reportId);
    for (const name of SESSION_HEADERS) {
      const value = request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    const deadline = createDeadline(timeoutMs, request.signal);
    try {
      const response = await fetchImpl(url, { method: 'GET', headers, redirect: 'manual', signal: deadline.signal });
      await response.body?.cancel().catch(() => undefined);
      if (response.status === 401 || response.status === 403)
        return { refuse: response.status, reason: `session-check-${response.status}` };
      if (response.status < 200 || response.status > 299)
        return { refuse: 503, reason: `session-check-status-${response.status}` };
      const principal = response.headers.get('x-legit-principal')?.trim();
      return principal !== undefined && PRINCIPAL.test(principal) ? { principal } : true;
    } catch {
      return { refuse: 503, reason: deadline.timedOut ? 'session-check-timeout' : 'session-check-unreachable' };
    } finally {
      deadline.dispose();
    }
  };

  return {
    authorize: (request, encryptedId) => {
      const route = new URL(request.url).searchParams.get('format') === 'pdf' ? 'pdf' : 'report';
      return ask(request, route, encryptedId);
    },
    authorizeCompanyAppKey: (request) => ask(request, 'company-app-keys'),
  };
}
