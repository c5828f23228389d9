import { toLegitReportError } from './error-mapping';
import { LegitReportError } from './errors';
import { errorFromHttpAnswer } from './http-answer';

/**
 * Reads the proxy's answer to the default transport's GET: its JSON, or the `LegitReportError`
 * it means (the status, then the proxy's `{ code, message }` body). Aborts propagate unchanged
 * so the caller can tell cancellation from failure.
 */
export async function readProxyAnswer(pending: Promise<Response>, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  let text: string;
  try {
    response = await pending;
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw toLegitReportError(error);
  }

  let json: unknown = null;
  let unreadable: unknown; // JSON.parse throws a SyntaxError, never undefined
  try {
    json = JSON.parse(text);
  } catch (error) {
    unreadable = error;
  }
  const { status } = response;
  if (!response.ok) throw errorFromHttpAnswer({ status, body: json, retryAfter: response.headers.get('retry-after') });
  if (unreadable !== undefined) throw new LegitReportError({ code: 'INVALID_RESPONSE', status, cause: unreadable });
  return json;
}
