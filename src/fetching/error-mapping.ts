import { ReportEnvelopeError } from '../report/errors';
import { describeError, LegitReportError, type LegitReportErrorCode } from './errors';
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

// Proxy body codes that refine an otherwise generic status, split by who is at fault
// so a body cannot turn a 5xx into a "you" problem or a 4xx into a retryable fault.
const CLIENT_FAULT_BODY_CODES: Readonly<Record<string, LegitReportErrorCode>> = {
  NOT_FOUND: 'NOT_FOUND',
  BAD_REQUEST: 'NOT_FOUND',
  INVALID_REPORT_ID: 'NOT_FOUND',
  // The widget and its server disagree on options: a setup problem, not a missing report.
  INVALID_FORMAT: 'UPSTREAM',
  INVALID_LOCALE: 'UPSTREAM',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'RATE_LIMITED',
};
const SERVER_FAULT_BODY_CODES: Readonly<Record<string, LegitReportErrorCode>> = {
  UPSTREAM_TIMEOUT: 'TIMEOUT',
  UPSTREAM_INVALID_RESPONSE: 'INVALID_RESPONSE',
  UPSTREAM_UNREACHABLE: 'UPSTREAM',
  UPSTREAM_TOKEN_REFUSED: 'UPSTREAM',
  UPSTREAM_ERROR: 'UPSTREAM',
  UPSTREAM_REPORT_ERROR: 'UPSTREAM',
};

const CODE_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;
// One printable line of bounded length; anything else from the body is dropped.
const MESSAGE_PATTERN = /^[^\p{Cc}]{1,300}$/u;

/** Reads a short text from untrusted JSON that matches `pattern`; anything else is dropped. */
function readText(value: unknown, pattern = CODE_PATTERN): string | undefined {
  return typeof value === 'string' && pattern.test(value) ? value : undefined;
}

function readField(body: unknown, key: string): unknown {
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Maps an HTTP error answer to a `LegitReportError`: by status first, then by the
 * proxy's `{ code, message }` body where the status alone is generic.
 */
export function errorFromHttpAnswer(answer: HttpErrorAnswer, now: number = Date.now()): LegitReportError {
  const { status, body } = answer;
  const proxyCode = readText(readField(body, 'code'));
  const upstreamErrorCode = readText(readField(body, 'errorCode')) ?? readText(readField(body, 'upstreamErrorCode'));

  let code = STATUS_CODES[status] ?? 'UPSTREAM';
  const refinements = status >= 500 ? SERVER_FAULT_BODY_CODES : status >= 400 ? CLIENT_FAULT_BODY_CODES : {};
  if (!DEFINITIVE_STATUSES.includes(status) && proxyCode !== undefined && Object.hasOwn(refinements, proxyCode)) {
    code = refinements[proxyCode] ?? code;
  }

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
