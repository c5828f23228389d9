import { appKeyExpiry, generateAppKey } from './app-key';
import { problem, type Problem } from './problems';
import { readCappedBody } from './read-capped';
import { errorFields } from './safe-logger';
import { failureProblem, openUpstream, problemForFailedResponse, type UpstreamContext } from './upstream-call';
import { parseJsonBytes, readEnvelope, reportErrorProblem } from './upstream-errors';

export interface AppKeyContext extends UpstreamContext {
  now(): number;
}

/** A freshly minted iframe key, as returned to the browser. */
export interface MintedAppKey {
  appKey: string;
  expiresAt: string;
}

const RESPONSE_MAX_BYTES = 64 * 1024;

/** Registers a new short-lived key with the S2S API; the key is ours (random), upstream only has to accept it. */
export async function mintAppKey(
  ctx: AppKeyContext,
): Promise<{ ok: true; key: MintedAppKey } | { ok: false; problem: Problem }> {
  const key: MintedAppKey = { appKey: generateAppKey(), expiresAt: appKeyExpiry(ctx.now()) };
  const opened = await openUpstream({
    url: `${ctx.apiBaseUrl}/company/company-app-keys`,
    method: 'POST',
    token: ctx.apiToken,
    accept: 'application/json',
    jsonBody: key,
    timeoutMs: ctx.timeoutMs,
    clientSignal: ctx.clientSignal,
    fetch: ctx.fetch,
  });
  if (!opened.ok) {
    ctx.note({ upstreamFailure: opened.failure, ...errorFields(opened.error) });
    return { ok: false, problem: opened.problem };
  }
  const { response, deadline } = opened;
  ctx.note({ upstreamStatus: response.status });
  try {
    const statusProblem = await problemForFailedResponse(response, 'misconfiguration');
    if (statusProblem !== undefined) return { ok: false, problem: statusProblem };
    // The answer's shape is not documented: any 2xx counts, unless it is an explicit `success: false`.
    const body = await readCappedBody(response, RESPONSE_MAX_BYTES);
    if (!body.ok) return { ok: false, problem: problem('UPSTREAM_RESPONSE_TOO_LARGE') };
    const envelope = readEnvelope(parseJsonBytes(body.bytes));
    if (envelope.success === false)
      return {
        ok: false,
        problem: {
          ...reportErrorProblem(502, envelope.errorCode),
          message: 'The report service refused to create an app key.',
        },
      };
    return { ok: true, key };
  } catch (error) {
    const failure = failureProblem(deadline, ctx.clientSignal, error);
    ctx.note({ upstreamFailure: failure.failure, ...errorFields(error) });
    return { ok: false, problem: failure.problem };
  } finally {
    deadline.dispose();
  }
}
