import { ReportEnvelopeError } from '../report/errors';
import type { LegitReportErrorCode } from './error-codes';
import { LegitReportError } from './errors';

// The code a status means on its own; anything else is UPSTREAM. A malformed id is the
// likeliest 400 (ids arrive by forgeable messages): to a person that is "no such report".
export const STATUS_CODES: Readonly<Record<number, LegitReportErrorCode>> = {
  400: 'NOT_FOUND',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  408: 'TIMEOUT',
  410: 'NOT_FOUND',
  429: 'RATE_LIMITED',
  504: 'TIMEOUT',
};
const CODE_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;

/** Reads a short text from untrusted JSON that matches `pattern`; anything else is dropped. */
export function readText(value: unknown, pattern = CODE_PATTERN): string | undefined {
  return typeof value === 'string' && pattern.test(value) ? value : undefined;
}

// Inherited properties count: a transport's error may hold a real Response, whose `status` is a getter.
export function readField(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Reflect.get(value, key) : undefined;
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
