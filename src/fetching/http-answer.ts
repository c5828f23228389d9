// How an HTTP error answer reads (part of the answer code, loaded on demand: see answer-code.ts).
import { isProxyProblemCode, PROXY_PROBLEMS, proxyProblem, type ProxyProblemCode } from '../contract/problem-codes';
import type { LegitReportErrorCode } from './error-codes';
import { readField, readText, STATUS_CODES } from './error-mapping';
import { describeError, LegitReportError } from './errors';
import { parseRetryAfter } from './retry-after';

/** What an HTTP error answer from the proxy (or the portal in front of it) carried. */
export interface HttpErrorAnswer {
  status: number;
  /** The response body read as JSON, or `null` when it was not JSON. */
  body: unknown;
  /** The raw `Retry-After` header, if any. */
  retryAfter?: string | null;
}

// These statuses say exactly what happened, whatever the body claims.
const DEFINITIVE_STATUSES = [401, 403, 404, 410, 429];

// A proxy body code on a generic status means what its own status (in the contract) means, except
// these. Keyed by the contract's codes, so a code renamed or removed there breaks this compile.
const PROXY_CODE_OVERRIDES: Readonly<Partial<Record<ProxyProblemCode, LegitReportErrorCode>>> = {
  // The widget and its server disagree on options: a setup problem, not a missing report.
  INVALID_FORMAT: 'UPSTREAM',
  INVALID_LOCALE: 'UPSTREAM',
  UPSTREAM_INVALID_RESPONSE: 'INVALID_RESPONSE',
};

// Codes a portal's own server in front of the proxy may answer with (never the proxy itself).
const PORTAL_CODES: Readonly<Record<string, LegitReportErrorCode>> = {
  BAD_REQUEST: 'NOT_FOUND',
  UNAUTHORIZED: 'UNAUTHORIZED',
};

/**
 * What a body code adds to a generic status, if anything. A code counts only on its own side of the
 * 4xx/5xx line (the side of its status in the contract), so a body cannot turn a server fault into a
 * "you" problem or a client fault into a retryable one.
 */
function meaningOfBodyCode(status: number, bodyCode: string | undefined): LegitReportErrorCode | undefined {
  if (status < 400 || bodyCode === undefined) return undefined;
  const serverFault = status >= 500;
  if (isProxyProblemCode(bodyCode)) {
    const ownStatus = PROXY_PROBLEMS[bodyCode].status;
    if (ownStatus >= 500 !== serverFault) return undefined;
    return PROXY_CODE_OVERRIDES[bodyCode] ?? STATUS_CODES[ownStatus];
  }
  return serverFault || !Object.hasOwn(PORTAL_CODES, bodyCode) ? undefined : PORTAL_CODES[bodyCode];
}

// One printable line of bounded length; anything else from the body is dropped.
const MESSAGE_PATTERN = /^[^\p{Cc}]{1,300}$/u;

/**
 * Maps an HTTP error answer to a `LegitReportError`: by status first, then by the
 * proxy's `{ code, message }` body where the status alone is generic.
 */
export function errorFromHttpAnswer(answer: HttpErrorAnswer, now: number = Date.now()): LegitReportError {
  const { status, body } = answer;
  const proxyCode = readText(readField(body, 'code'));
  const upstreamErrorCode = readText(readField(body, 'errorCode')) ?? readText(readField(body, 'upstreamErrorCode'));

  const refined = DEFINITIVE_STATUSES.includes(status) ? undefined : meaningOfBodyCode(status, proxyCode);
  const code = refined ?? STATUS_CODES[status] ?? 'UPSTREAM';

  const retryAfterMs = code === 'RATE_LIMITED' ? parseRetryAfter(answer.retryAfter, now) : undefined;
  const init = { code, status, retryAfterMs, upstreamErrorCode, proxyCode };
  // The contract's hint for codes whose status alone would mislead (a wrong proxy URL, a refused
  // server token), else the code's own words; the proxy's own words (as plain text) follow.
  const hint = isProxyProblemCode(proxyCode) ? proxyProblem(proxyCode).hint : undefined;
  const lead = hint ?? describeError(init);
  const detail = readText(readField(body, 'message'), MESSAGE_PATTERN);
  return new LegitReportError({ ...init, message: detail === undefined ? lead : `${lead} ${detail}` });
}
