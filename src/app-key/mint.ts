import { isValidReportId } from '../contract/report-id';
import type { LegitAppKeyErrorCode } from './errors';
import { appKeyError } from './errors-en';
import { sendKeyRequest, type KeyRequest, type MintAppKeyOptions } from './key-request';

/** A short-lived iframe key, as the portal's key URL returns it (`POST /company-app-keys` of the proxy). */
export interface LegitAppKey {
  readonly appKey: string;
  /** ISO-8601, when the server said; `null` when it did not. Informational: nothing reloads on it. */
  readonly expiresAt: string | null;
}

/**
 * POSTs to the key URL (or takes the `request` already sent) and reads `{ appKey, expiresAt }`.
 * Rejects with a `LegitAppKeyError`, or with the abort reason when `signal` aborts. The key must
 * pass the same rule as the id of an `invalid_company_key` message, or a refusal of it could
 * never be recognised.
 */
export async function mintAppKey(
  url: string,
  options: MintAppKeyOptions,
  signal: AbortSignal,
  request: KeyRequest = sendKeyRequest(url, options),
): Promise<LegitAppKey> {
  const stop = () => request.cancel();
  signal.addEventListener('abort', stop);
  if (signal.aborted) stop();
  const fail = (code: LegitAppKeyErrorCode, extra?: { status?: number; proxyCode?: string; cause?: unknown }) => {
    if (signal.aborted) throw signal.reason;
    throw appKeyError({ code: request.signal.aborted ? 'TIMEOUT' : code, ...extra });
  };
  try {
    let response: Response;
    try {
      response = await request.response;
    } catch (cause) {
      return fail('NETWORK', { cause });
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (cause) {
      // A failed status is reported as such even when its body is not JSON.
      if (response.ok || request.signal.aborted) return fail('INVALID_RESPONSE', { cause });
    }
    if (!response.ok) {
      const { status } = response;
      const proxyCode = field(body, 'code');
      const code =
        status === 401 ? 'UNAUTHORIZED' : status === 403 ? 'FORBIDDEN' : status === 429 ? 'RATE_LIMITED' : 'SERVER';
      return fail(code, proxyCode === undefined ? { status } : { status, proxyCode });
    }
    const appKey = field(body, 'appKey');
    const expiresAt = field(body, 'expiresAt');
    if (appKey === undefined || !isValidReportId(appKey)) return fail('INVALID_RESPONSE', { status: response.status });
    if (expiresAt !== undefined && Number.isNaN(Date.parse(expiresAt)))
      return fail('INVALID_RESPONSE', { status: response.status });
    return { appKey, expiresAt: expiresAt ?? null };
  } finally {
    request.finish();
    signal.removeEventListener('abort', stop);
  }
}

/** An own string property of a JSON object, else undefined. */
function field(body: unknown, name: string): string | undefined {
  if (typeof body !== 'object' || body === null || !Object.hasOwn(body, name)) return undefined;
  const value: unknown = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}
