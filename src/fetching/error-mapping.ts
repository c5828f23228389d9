import { isProxyProblemCode, PROXY_PROBLEMS, type ProxyProblemCode } from '../contract/problem-codes';
import { ReportEnvelopeError } from '../report/errors';
import type { LegitReportErrorCode } from './error-codes';
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

// The code a status means on its own; anything else is UPSTREAM. A malformed id is the
// likeliest 400 (ids arrive by forgeable messages): to a person that is "no such report".
const STATUS_CODES: Readonly<Record<number, LegitReportErrorCode>> = {
  400: 'NOT_FOUND',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  408: 'TIMEOUT',
  410: 'NOT_FOUND',
  429: 'RATE_LIMITED',
  504: 'TIMEOUT',
};
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

const CODE_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;
// One printable line of bounded length; anything else from the body is dropped.
const MESSAGE_PATTERN = /^[^\p{Cc}]{1,300}$/u;

/** Reads a short text from untrusted JSON that matches `pattern`; anything else is dropped. */
function readText(value: unknown, pattern = CODE_PATTERN): string | undefined {
  return typeof value === 'string' && pattern.test(value) ? value : undefined;
}

// Inherited properties count: a transport's error may hold a real Response, whose `status` is a getter.
function readField(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Reflect.get(value, key) : undefined;
}

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
  // The proxy's own words (kept as plain text) follow the message a person understands.
  const detail = readText(readField(body, 'message'), MESSAGE_PATTERN);
  return new LegitReportError(detail === undefined ? init : { ...init, message: `${describeError(init)} ${detail}` });
}

function readStatus(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 400 && value <= 599 ? value : undefined;
}

/**
 * Turns whatever a transport threw into a `LegitReportError`. Custom transports may
 * throw a `LegitReportError` themselves; errors that carry an HTTP `status` (or
 * `response.status`, as axios and ky do) are mapped like proxy answers.
 */
export function toLegitReportError(error: unknown): LegitReportError {
  if (error instanceof LegitReportError) return error;
  if (error instanceof ReportEnvelopeError) return errorFromParse(error);
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new LegitReportError({ code: 'TIMEOUT', cause: error });
  }
  const status =
    readStatus(readField(error, 'status')) ?? readStatus(readField(readField(error, 'response'), 'status'));
  // Mapped like a proxy answer without a body.
  if (status !== undefined)
    return new LegitReportError({ code: STATUS_CODES[status] ?? 'UPSTREAM', status, cause: error });
  if (error instanceof SyntaxError) return new LegitReportError({ code: 'INVALID_RESPONSE', cause: error });
  // fetch rejects with a TypeError when the network fails; other transports' failures
  // are most likely the same kind of thing.
  return new LegitReportError({ code: 'NETWORK', cause: error });
}

/** A parser failure: Legit.Health's own `success: false` is UPSTREAM, anything else unreadable. */
export function errorFromParse(error: unknown): LegitReportError {
  if (error instanceof LegitReportError) return error;
  if (error instanceof ReportEnvelopeError) {
    const upstreamErrorCode = readText(error.errorCode);
    return new LegitReportError({ code: 'UPSTREAM', upstreamErrorCode, cause: error });
  }
  return new LegitReportError({ code: 'INVALID_RESPONSE', cause: error });
}
