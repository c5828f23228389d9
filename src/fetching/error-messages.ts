import type { LegitReportErrorCode } from './errors';

/**
 * What each error code means to a person, in English: one text for both the viewer's
 * English labels and the default `message` of a `LegitReportError`.
 */
export const ERROR_MESSAGES_EN: Readonly<Record<LegitReportErrorCode, string>> = {
  NOT_FOUND: 'This report was not found. It may have been deleted, or the link is wrong.',
  UNAUTHORIZED: 'Your session has expired. Sign in to the portal again.',
  FORBIDDEN: 'You are not allowed to see this report.',
  RATE_LIMITED: 'Too many requests right now. Please wait a moment.',
  UPSTREAM: 'Legit.Health could not deliver the report right now.',
  NETWORK: 'The report could not be loaded: the network is unreachable.',
  TIMEOUT: 'The report took too long to load.',
  INVALID_RESPONSE: 'The report arrived in a form that could not be read.',
  CHUNK_LOAD_FAILED: 'Part of the viewer could not be loaded. Check the connection and try again.',
};
