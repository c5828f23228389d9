import type { AccessDecision } from './options';
import { problem, type Problem } from './problems';
import { errorFields } from './safe-logger';

/** What an access hook decided: through (with who is asking, when the hook said), or the problem to answer. */
export type AccessResult = { ok: true; principal: string | undefined } | { ok: false; problem: Problem };

type Hook = () => AccessDecision | Promise<AccessDecision>;

/** A principal names someone in a log line and a rate-limit key: one printable line of bounded length. */
const PRINCIPAL = /^[^\p{Cc}]{1,256}$/u;

const REFUSALS = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 503: 'AUTH_UNAVAILABLE' } as const;

const REASON = /^[A-Za-z0-9_.:-]{1,64}$/;

function read(decision: unknown, note: (fields: Record<string, unknown>) => void): AccessResult {
  if (decision === true) return { ok: true, principal: undefined };
  if (typeof decision === 'object' && decision !== null) {
    if ('principal' in decision && typeof decision.principal === 'string' && PRINCIPAL.test(decision.principal))
      return { ok: true, principal: decision.principal };
    if ('reason' in decision && typeof decision.reason === 'string' && REASON.test(decision.reason))
      note({ accessReason: decision.reason });
    if ('refuse' in decision && (decision.refuse === 401 || decision.refuse === 503))
      return { ok: false, problem: problem(REFUSALS[decision.refuse]) };
  }
  // Anything else, `false` and malformed answers alike, is a refusal: only a clear yes lets a request through.
  return { ok: false, problem: problem('FORBIDDEN') };
}

/**
 * Runs a portal's access hook (`authorize`, `authorizeCompanyAppKey`). Without one, `whenAbsent` decides.
 * `true` or `{ principal }` lets the request through; `{ refuse: 401 | 503 }` answers that status; anything
 * else is a 403, and a throwing hook is a 500 (its error is logged by name only).
 */
export async function checkAccess(
  hook: Hook | undefined,
  whenAbsent: 'allow' | 'refuse',
  note: (fields: Record<string, unknown>) => void,
): Promise<AccessResult> {
  if (hook === undefined)
    return whenAbsent === 'allow' ? { ok: true, principal: undefined } : { ok: false, problem: problem('FORBIDDEN') };
  try {
    return read(await hook(), note);
  } catch (error) {
    note(errorFields(error));
    return { ok: false, problem: problem('AUTHORIZATION_FAILED') };
  }
}
