/**
 * The one error type the fetching layer hands to the viewer and to `onError`.
 * `code` is what the viewer localises; `message` is plain English for logs and
 * for hosts that show it as is.
 */
export type LegitReportErrorCode =
  | 'NOT_FOUND'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'UPSTREAM'
  | 'NETWORK'
  | 'TIMEOUT'
  | 'INVALID_RESPONSE';

export const LEGIT_REPORT_ERROR_CODES: readonly LegitReportErrorCode[] = [
  'NOT_FOUND',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'UPSTREAM',
  'NETWORK',
  'TIMEOUT',
  'INVALID_RESPONSE',
];

export interface LegitReportErrorInit {
  code: LegitReportErrorCode;
  /** Overrides the default English message for the code. */
  message?: string;
  /** HTTP status of the proxy's answer, when there was one. */
  status?: number;
  /** How long the server asked us to wait (429 `Retry-After`), in milliseconds. */
  retryAfterMs?: number;
  /** Legit.Health's own `errorCode` from a `success: false` envelope. */
  upstreamErrorCode?: string;
  /** The `code` of the proxy's JSON error body, e.g. `UPSTREAM_TOKEN_REFUSED`. */
  proxyCode?: string;
  cause?: unknown;
}

export class LegitReportError extends Error {
  override readonly name = 'LegitReportError';
  readonly code: LegitReportErrorCode;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly upstreamErrorCode: string | undefined;
  readonly proxyCode: string | undefined;

  constructor(init: LegitReportErrorInit) {
    super(init.message ?? defaultMessage(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
    this.upstreamErrorCode = init.upstreamErrorCode;
    this.proxyCode = init.proxyCode;
  }
}

export function isLegitReportError(value: unknown): value is LegitReportError {
  return value instanceof LegitReportError;
}

// Messages for specific proxy answers, where the generic one for the code would mislead.
const PROXY_CODE_MESSAGES: Readonly<Record<string, string>> = {
  BAD_REQUEST: 'This report id is not valid, so there is no report to show.',
  INVALID_REPORT_ID: 'This report id is not valid, so there is no report to show.',
  INVALID_FORMAT: 'The report server does not accept the report format the viewer asked for.',
  INVALID_LOCALE: 'The report server does not accept the language the viewer asked for.',
  ROUTE_NOT_FOUND: 'The report server has no report route at this address. Check the viewer\'s proxy URL.',
  ORIGIN_NOT_ALLOWED: 'This page is not allowed to use the report server.',
  UPSTREAM_RESPONSE_TOO_LARGE: 'The report is larger than the portal server accepts.',
  UPSTREAM_TOKEN_REFUSED:
    "Legit.Health refused the portal server's credentials. Ask your administrator to check the portal's Legit.Health configuration.",
  UPSTREAM_UNREACHABLE: 'The portal server could not reach Legit.Health. Please try again in a moment.',
  UPSTREAM_TIMEOUT: 'Legit.Health took too long to answer. Please try again in a moment.',
  UPSTREAM_INVALID_RESPONSE: 'Legit.Health sent a report that could not be read.',
};

const CODE_MESSAGES: Readonly<Record<LegitReportErrorCode, string>> = {
  NOT_FOUND: 'The report could not be found. The link may be wrong, or the report may no longer exist.',
  UNAUTHORIZED: 'Your session has ended. Sign in again to see the report.',
  FORBIDDEN: 'You do not have access to this report.',
  RATE_LIMITED: 'Too many requests were made. Please wait a moment and try again.',
  UPSTREAM: 'Legit.Health could not provide the report right now. Please try again.',
  NETWORK: 'The report could not be loaded because of a network problem. Check the connection and try again.',
  TIMEOUT: 'Loading the report took too long. Please try again.',
  INVALID_RESPONSE: 'The report was received but could not be read.',
};

function defaultMessage(init: LegitReportErrorInit): string {
  const specific = init.proxyCode === undefined ? undefined : PROXY_CODE_MESSAGES[init.proxyCode];
  if (specific !== undefined) return specific;
  if (init.code === 'UPSTREAM' && init.upstreamErrorCode !== undefined) {
    return `Legit.Health reported an error for this report (${init.upstreamErrorCode}).`;
  }
  if (init.code === 'RATE_LIMITED' && init.retryAfterMs !== undefined && init.retryAfterMs > 0) {
    const seconds = Math.ceil(init.retryAfterMs / 1000);
    return `Too many requests were made. Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
  }
  return CODE_MESSAGES[init.code];
}
