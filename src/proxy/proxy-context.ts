// What every request carries through the proxy's Hono app, and how a problem becomes its answer.
import type { Context } from 'hono';
import { echoesSecret } from './secret-search';
import { problemResponse, type Problem } from './problems';

/** What a route learns about a request for its audit event. */
export interface AuditFacts {
  reportId?: string;
  principal?: string;
  upstreamMs?: number;
}

export type RouteName = 'report' | 'company-app-keys' | 'healthz' | 'preflight' | 'unknown';

export interface ProxyEnv {
  Variables: {
    route: RouteName;
    /** Headers decided before the handler ran (rate limit), applied to whatever response it returns. */
    extraHeaders: Record<string, string>;
    /** Content-free fields for this request's log line. */
    logFields: Record<string, unknown>;
    /** This request's id in its log line and audit event. */
    requestId: string;
    /** What the audit event records, as the route learns it. */
    audit: AuditFacts;
  };
}

export type ProxyContext = Context<ProxyEnv>;

/** Answers with a problem: its code goes into the log line, and no extra field may carry the token. */
export type Respond = (c: ProxyContext, problem: Problem) => Response;

export function createResponder(apiToken: string): Respond {
  return (c, problem) => {
    c.get('logFields').code = problem.code;
    return problemResponse(withoutSecrets(problem, apiToken));
  };
}

/** Drops extra fields (such as an upstream `errorCode`) that echo the token, even in part: upstream text is never trusted. */
function withoutSecrets(problem: Problem, secret: string): Problem {
  if (problem.extra === undefined) return problem;
  const extra = Object.fromEntries(Object.entries(problem.extra).filter(([, value]) => !echoesSecret(value, secret)));
  return { ...problem, extra };
}
