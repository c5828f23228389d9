// The proxy's problem answers: the words for each code of the contract's table, and the JSON response.
import { PROXY_REPORT_FORMATS } from '../contract/formats';
import { PROXY_PROBLEMS, type ProxyProblemCode, type ProxyProblemStatus } from '../contract/problem-codes';

/** A problem the proxy answers with; `extra` holds fields such as the upstream `errorCode`. */
export interface Problem {
  status: number;
  code: ProxyProblemCode;
  message: string;
  extra?: Record<string, string>;
  headers?: Record<string, string>;
}

/** What each code says to whoever reads the body (a developer, a log): never report content. */
const MESSAGES = {
  INVALID_REPORT_ID: 'The report id is malformed.',
  INVALID_FORMAT: `format must be one of ${PROXY_REPORT_FORMATS.join(', ')} (once).`,
  INVALID_LOCALE: 'locale must look like "en" or "es-ES" (once).',
  UNAUTHENTICATED: 'Sign in to the portal first.',
  FORBIDDEN: 'You may not read this report.',
  ORIGIN_NOT_ALLOWED: 'This origin may not use the report proxy.',
  RATE_LIMITED: 'Too many requests. Try again shortly.',
  AUTH_UNAVAILABLE: 'The session check is unavailable. Try again shortly.',
  RATE_LIMIT_UNAVAILABLE: 'The rate limiter is unavailable. Try again shortly.',
  ROUTE_NOT_FOUND: 'No such route.',
  METHOD_NOT_ALLOWED: 'This method is not allowed here.',
  NOT_FOUND: 'No report exists with this id.',
  UPSTREAM_TIMEOUT: 'The report service did not answer in time. Try again.',
  UPSTREAM_UNREACHABLE: 'The report service could not be reached. Try again.',
  UPSTREAM_TOKEN_REFUSED:
    "The report service refused this server's credentials. This is a server configuration problem, not a problem with your session.",
  UPSTREAM_RATE_LIMITED: 'The report service is busy. Try again shortly.',
  UPSTREAM_ERROR: 'The report service failed. Try again later.',
  UPSTREAM_INVALID_RESPONSE: 'The report service sent a response that could not be read.',
  UPSTREAM_RESPONSE_TOO_LARGE: 'The report service sent a response larger than this server accepts.',
  UPSTREAM_REPORT_ERROR: 'The report service could not provide this report.',
  AUTHORIZATION_FAILED: 'The access check failed.',
  INTERNAL_ERROR: 'The proxy failed unexpectedly.',
  PROXY_MISCONFIGURED: "The report proxy's configuration is invalid; the server's log lists the problems.",
} as const satisfies Record<ProxyProblemCode, string>;

export interface ProblemDetails<C extends ProxyProblemCode> {
  /** Only a status the contract's table lists for this code. */
  status?: ProxyProblemStatus<C>;
  message?: string;
  extra?: Record<string, string> | undefined;
  headers?: Record<string, string>;
}

/** The problem for a code: the table's status and words, unless the caller is more precise. */
export function problem<C extends ProxyProblemCode>(code: C, details: ProblemDetails<C> = {}): Problem {
  const { message = MESSAGES[code], extra, headers } = details;
  const status: number = details.status ?? PROXY_PROBLEMS[code].status;
  return {
    status,
    code,
    message,
    ...(extra === undefined ? {} : { extra }),
    ...(headers === undefined ? {} : { headers }),
  };
}

/** The JSON response for a problem. */
export function problemResponse(problem: Problem): Response {
  const body = JSON.stringify({ code: problem.code, message: problem.message, ...problem.extra });
  const headers = new Headers(problem.headers);
  headers.set('content-type', 'application/json; charset=utf-8');
  return new Response(body, { status: problem.status, headers });
}
