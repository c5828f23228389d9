/** Codes of the JSON problem bodies the proxy returns (`{ code, message, ... }`). */
export type ProblemCode =
  | 'INVALID_REPORT_ID'
  | 'INVALID_FORMAT'
  | 'INVALID_LOCALE'
  | 'FORBIDDEN'
  | 'ORIGIN_NOT_ALLOWED'
  | 'RATE_LIMITED'
  | 'ROUTE_NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'NOT_FOUND'
  | 'UPSTREAM_TIMEOUT'
  | 'UPSTREAM_UNREACHABLE'
  | 'UPSTREAM_TOKEN_REFUSED'
  | 'UPSTREAM_RATE_LIMITED'
  | 'UPSTREAM_ERROR'
  | 'UPSTREAM_INVALID_RESPONSE'
  | 'UPSTREAM_RESPONSE_TOO_LARGE'
  | 'UPSTREAM_REPORT_ERROR'
  | 'AUTHORIZATION_FAILED'
  | 'INTERNAL_ERROR';

/** A problem the proxy answers with; `extra` holds fields such as the upstream `errorCode`. */
export interface Problem {
  status: number;
  code: ProblemCode;
  message: string;
  extra?: Record<string, string>;
  headers?: Record<string, string>;
}

/** The JSON response for a problem. */
export function problemResponse(problem: Problem): Response {
  const body = JSON.stringify({ code: problem.code, message: problem.message, ...problem.extra });
  const headers = new Headers(problem.headers);
  headers.set('content-type', 'application/json; charset=utf-8');
  return new Response(body, { status: problem.status, headers });
}
