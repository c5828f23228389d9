import { createDeadline, type Deadline } from './deadline';
import { problem, type Problem } from './problems';
import { readCappedBody } from './read-capped';
import { parseJsonBytes, problemForUpstreamStatus, readEnvelope } from './upstream-errors';

/** What a route handler needs to call upstream for one request. */
export interface UpstreamContext {
  apiBaseUrl: string;
  apiToken: string;
  timeoutMs: number;
  fetch: typeof fetch;
  clientSignal: AbortSignal | undefined;
  /** Adds content-free fields to this request's log entry. */
  note(fields: Record<string, unknown>): void;
}

/** What one upstream exchange needs. Headers are built here from scratch: nothing of the client's request is copied. */
export interface UpstreamCall {
  url: string;
  method: 'GET' | 'POST';
  token: string;
  accept: string;
  jsonBody?: unknown;
  timeoutMs: number;
  clientSignal: AbortSignal | undefined;
  fetch: typeof fetch;
}

export type UpstreamOpened =
  | { ok: true; response: Response; deadline: Deadline }
  | { ok: false; problem: Problem; failure: 'timeout' | 'unreachable' | 'client-aborted'; error: unknown };

/** A failure while the body is read: the deadline tells a timeout from a network fault. */
export function failureProblem(
  deadline: Deadline,
  clientSignal: AbortSignal | undefined,
  error: unknown,
): Extract<UpstreamOpened, { ok: false }> {
  if (deadline.timedOut) return { ok: false, problem: problem('UPSTREAM_TIMEOUT'), failure: 'timeout', error };
  const failure = clientSignal?.aborted ? 'client-aborted' : 'unreachable';
  return { ok: false, problem: problem('UPSTREAM_UNREACHABLE'), failure, error };
}

/** Sends the request under a deadline. Redirects are not followed: a redirect would carry the token to another host. */
export async function openUpstream(call: UpstreamCall): Promise<UpstreamOpened> {
  const deadline = createDeadline(call.timeoutMs, call.clientSignal);
  // A plain record (fetch takes one): cheaper than a Headers object, which a Node transport would only turn back.
  const headers: Record<string, string> = {
    'X-API-TOKEN': call.token,
    accept: call.accept,
    'user-agent': 'legit-report-viewer-proxy',
  };
  if (call.jsonBody !== undefined) headers['content-type'] = 'application/json';
  try {
    const response = await call.fetch(call.url, {
      method: call.method,
      headers,
      body: call.jsonBody === undefined ? undefined : JSON.stringify(call.jsonBody),
      redirect: 'manual',
      signal: deadline.signal,
    });
    return { ok: true, response, deadline };
  } catch (error) {
    deadline.dispose();
    return failureProblem(deadline, call.clientSignal, error);
  }
}

const ERROR_BODY_MAX_BYTES = 64 * 1024;

/** The problem for a non-success upstream status, reading (a bounded part of) its body for an `errorCode`. */
export async function problemForFailedResponse(
  response: Response,
  notFoundMeans: 'missing-report' | 'misconfiguration',
): Promise<Problem | undefined> {
  if (response.status >= 200 && response.status < 300) return undefined;
  const body = await readCappedBody(response, ERROR_BODY_MAX_BYTES).catch(() => undefined);
  const envelope = readEnvelope(body?.ok ? parseJsonBytes(body.bytes) : undefined);
  return problemForUpstreamStatus(response.status, response.headers.get('retry-after'), envelope, notFoundMeans);
}
