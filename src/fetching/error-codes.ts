/**
 * Every code a `LegitReportError` can carry: the one list, the type derived from it, and what each
 * code means to a person in English (the viewer's English labels and the error's default `message`).
 * It imports nothing, so the page and the lazy chunks can share it without a cycle.
 */
export const LEGIT_REPORT_ERROR_CODES = [
  'NOT_FOUND',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'UPSTREAM',
  'NETWORK',
  'TIMEOUT',
  'INVALID_RESPONSE',
  // The id given to the widget is not a report id: refused before any request (raised in the browser only).
  'INVALID_ID',
  // The widget's own code failed to arrive (a lazy chunk), not the report: raised in the browser only.
  'CHUNK_LOAD_FAILED',
] as const;

export type LegitReportErrorCode = (typeof LEGIT_REPORT_ERROR_CODES)[number];

export const ERROR_MESSAGES_EN = {
  NOT_FOUND: 'This report was not found. It may have been deleted, or the link is wrong.',
  UNAUTHORIZED: 'Your session has expired. Sign in to the portal again.',
  FORBIDDEN: 'You are not allowed to see this report.',
  RATE_LIMITED: 'Too many requests right now. Please wait a moment.',
  UPSTREAM: 'Legit.Health could not deliver the report right now.',
  NETWORK: 'The report could not be loaded: the network is unreachable.',
  TIMEOUT: 'The report took too long to load.',
  INVALID_RESPONSE: 'The report arrived in a form that could not be read.',
  INVALID_ID: 'This report cannot be opened: its id is not valid.',
  CHUNK_LOAD_FAILED: 'Part of the viewer could not be loaded. Check the connection and try again.',
} as const satisfies Record<LegitReportErrorCode, string>;
