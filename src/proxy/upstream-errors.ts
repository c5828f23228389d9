import { problem, type Problem } from './problems';

/** What an upstream failure body may tell us: only a plain `errorCode` is kept (never its message, which could carry content). */
export interface UpstreamEnvelope {
  success: boolean | undefined;
  errorCode: string | undefined;
}

// A plain code (`REPORT_NOT_FOUND`): a letter, then letters, digits and `_`. Anything else (a `:` joining a
// value, a `-` of a token echoed back) is dropped rather than passed to the browser.
const ERROR_CODE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const DEFAULT_RETRY_AFTER_SECONDS = '30';

export function readEnvelope(json: unknown): UpstreamEnvelope {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { success: undefined, errorCode: undefined };
  const success = 'success' in json && typeof json.success === 'boolean' ? json.success : undefined;
  const code = 'errorCode' in json ? json.errorCode : undefined;
  return { success, errorCode: typeof code === 'string' && ERROR_CODE.test(code) ? code : undefined };
}

// One decoder for all calls: without `stream: true`, decode() keeps no state between calls.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Parses JSON bytes (strict UTF-8), or undefined when they are not JSON. */
export function parseJsonBytes(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(UTF8.decode(bytes));
  } catch {
    return undefined;
  }
}

/** `Retry-After` as upstream sent it when well-formed (seconds or an HTTP date), else a default. */
export function retryAfterFrom(value: string | null): string {
  if (value === null) return DEFAULT_RETRY_AFTER_SECONDS;
  const trimmed = value.trim();
  if (/^\d{1,7}$/.test(trimmed)) return trimmed;
  if (
    /^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(trimmed) &&
    !Number.isNaN(Date.parse(trimmed))
  )
    return trimmed;
  return DEFAULT_RETRY_AFTER_SECONDS;
}

function withErrorCode(errorCode: string | undefined): Record<string, string> | undefined {
  return errorCode === undefined ? undefined : { errorCode };
}

/** Legit.Health could not provide the report: 502 for its `success: false`, 422 when it refused the request. */
export function reportErrorProblem(status: 502 | 422, errorCode: string | undefined): Problem {
  return problem('UPSTREAM_REPORT_ERROR', { status, extra: withErrorCode(errorCode) });
}

/**
 * Maps an upstream status to the proxy's answer, or undefined when it is a success.
 * `notFoundMeans` says whether a 404 is about the report (404 to the browser) or about our configuration (502).
 */
export function problemForUpstreamStatus(
  status: number,
  retryAfter: string | null,
  envelope: UpstreamEnvelope,
  notFoundMeans: 'missing-report' | 'misconfiguration',
): Problem | undefined {
  const extra = withErrorCode(envelope.errorCode);
  if (status >= 200 && status < 300) {
    return envelope.success === false ? reportErrorProblem(502, envelope.errorCode) : undefined;
  }
  if (status === 404 && notFoundMeans === 'missing-report') return problem('NOT_FOUND', { extra });
  if (status === 401 || status === 403) return problem('UPSTREAM_TOKEN_REFUSED', { extra });
  if (status === 429) {
    return problem('UPSTREAM_RATE_LIMITED', { extra, headers: { 'Retry-After': retryAfterFrom(retryAfter) } });
  }
  if (status >= 500) return problem('UPSTREAM_ERROR', { extra });
  if (status >= 400 && status !== 404) return reportErrorProblem(422, envelope.errorCode);
  if (status === 404)
    return problem('UPSTREAM_ERROR', { message: 'The report service endpoint was not found.', extra });
  return problem('UPSTREAM_INVALID_RESPONSE');
}
