/** One row of {@link PROXY_PROBLEMS}. */
export interface ProxyProblemSpec {
  /** The HTTP status the proxy answers with. */
  status: number;
  /** A second status the same code may carry, named in the row's comment. */
  alsoStatus?: number;
  /** Whether asking again (after `Retry-After`, when given) can give another answer. */
  retryable: boolean;
  /** English words for the widget when the status alone would mislead the person reading it. */
  hint?: string;
}

/**
 * The codes of the proxy's JSON problem bodies (`{ code, message, ... }`): what the proxy answers
 * with, and what a client may make of it. The proxy builds every problem from this table and the
 * widget reads proxy answers through it, so a code renamed here breaks both at compile time.
 */
export const PROXY_PROBLEMS = {
  INVALID_REPORT_ID: { status: 400, retryable: false },
  INVALID_FORMAT: { status: 400, retryable: false },
  INVALID_LOCALE: { status: 400, retryable: false },
  UNAUTHENTICATED: {
    status: 401,
    retryable: false,
    // The portal's session check said nobody is signed in: the portal's session, not Legit.Health's.
    hint: 'Your portal session has ended: sign in to the portal again.',
  },
  FORBIDDEN: { status: 403, retryable: false },
  ORIGIN_NOT_ALLOWED: { status: 403, retryable: false },
  RATE_LIMITED: { status: 429, retryable: true },
  // The portal's session check did not answer (down, slow, or an answer other than 2xx/401/403).
  AUTH_UNAVAILABLE: { status: 503, retryable: true, hint: "The portal's session check did not answer." },
  // The shared rate-limit store is down and the proxy is set to refuse rather than count nobody.
  RATE_LIMIT_UNAVAILABLE: { status: 503, retryable: true },
  ROUTE_NOT_FOUND: {
    status: 404,
    retryable: false,
    // A 404 that is the wrong proxy URL, not a missing report.
    hint: "The report server has no report route here: check the viewer's proxy URL.",
  },
  METHOD_NOT_ALLOWED: { status: 405, retryable: false },
  NOT_FOUND: { status: 404, retryable: false },
  UPSTREAM_TIMEOUT: { status: 504, retryable: true },
  UPSTREAM_UNREACHABLE: { status: 502, retryable: true },
  UPSTREAM_TOKEN_REFUSED: {
    status: 502,
    retryable: false,
    // A refused server token, not an ended session: nobody should sign in again for it.
    hint: "Legit.Health refused the portal server's credentials: a server setup problem.",
  },
  UPSTREAM_RATE_LIMITED: { status: 429, retryable: true },
  UPSTREAM_ERROR: { status: 502, retryable: true },
  UPSTREAM_INVALID_RESPONSE: { status: 502, retryable: true },
  UPSTREAM_RESPONSE_TOO_LARGE: { status: 502, retryable: false },
  // 502 when Legit.Health answered `success: false` (an answer, not a fault); 422 when it refused the request.
  UPSTREAM_REPORT_ERROR: { status: 502, alsoStatus: 422, retryable: false },
  AUTHORIZATION_FAILED: { status: 500, retryable: true },
  INTERNAL_ERROR: { status: 500, retryable: true },
  PROXY_MISCONFIGURED: {
    status: 500,
    retryable: false,
    // The proxy's own options are invalid (its log lists the problems): no retry or sign-in fixes that.
    hint: "The portal's report server is not set up correctly.",
  },
} as const satisfies Record<string, ProxyProblemSpec>;

export type ProxyProblemCode = keyof typeof PROXY_PROBLEMS;

type Row<C extends ProxyProblemCode> = (typeof PROXY_PROBLEMS)[C];

/** The statuses code `C` may be answered with. */
export type ProxyProblemStatus<C extends ProxyProblemCode> =
  Row<C>['status'] | (Row<C> extends { alsoStatus: infer S extends number } ? S : never);

/** Narrows an untrusted string (a body's `code`) to a proxy code. */
export function isProxyProblemCode(value: string | undefined): value is ProxyProblemCode {
  return value !== undefined && Object.hasOwn(PROXY_PROBLEMS, value);
}

/** A code's row, read as the general shape (so `hint` can be asked of any row). */
export function proxyProblem(code: ProxyProblemCode): Readonly<ProxyProblemSpec> {
  return PROXY_PROBLEMS[code];
}
