import { isProxyProblemCode, PROXY_PROBLEMS } from '../contract/problem-codes';
import { LegitReportError } from './errors';

/**
 * When to try again, as pure functions shaped like TanStack Query's `retry` and
 * `retryDelay`. `failureCount` is the number of failures before this one, as
 * TanStack passes it (0 on the first failure).
 */
export interface RetryPolicyOptions {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** First backoff step; doubles each retry. */
  baseDelayMs: number;
  /** Upper bound of one backoff step. */
  maxDelayMs: number;
  /** The longest `Retry-After` we wait for; a longer one is not retried automatically. */
  maxRetryAfterMs: number;
  /** 0 ≤ x < 1; injectable so tests are deterministic. */
  random: () => number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicyOptions> = {
  maxRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 5_000,
  maxRetryAfterMs: 10_000,
  random: Math.random,
};

/** Whether the failure is of a kind that trying again can fix (ignores the attempt count). */
export function isRetryableError(
  error: unknown,
  options: Pick<RetryPolicyOptions, 'maxRetryAfterMs'> = DEFAULT_RETRY_POLICY,
): boolean {
  if (!(error instanceof LegitReportError)) return false;
  if (error.code === 'NETWORK') return true;
  if (error.code === 'RATE_LIMITED') {
    return error.retryAfterMs === undefined || error.retryAfterMs <= options.maxRetryAfterMs;
  }
  const status = error.status;
  // No status: a client-side timeout (the full wait already spent), an unreadable body, or
  // a `success: false` read by the parser. None gets better by asking again at once.
  if (status === undefined || status < 500 || status === 501) return false;
  // Proxy answers that a second try cannot change (the contract's `retryable: false`): the server's
  // token is refused, Legit.Health answered `success: false` (an answer, not a fault), the report is too large.
  return !isProxyProblemCode(error.proxyCode) || PROXY_PROBLEMS[error.proxyCode].retryable;
}

export interface RetryPolicy {
  shouldRetry: (failureCount: number, error: unknown) => boolean;
  retryDelay: (failureCount: number, error: unknown) => number;
}

export function createRetryPolicy(overrides: Partial<RetryPolicyOptions> = {}): RetryPolicy {
  const options: RetryPolicyOptions = { ...DEFAULT_RETRY_POLICY, ...overrides };
  return {
    shouldRetry: (failureCount, error) => failureCount < options.maxRetries && isRetryableError(error, options),
    retryDelay: (failureCount, error) => {
      if (error instanceof LegitReportError && error.code === 'RATE_LIMITED' && error.retryAfterMs !== undefined) {
        // At least what the server asked for; up to 10% more so waiting clients spread out.
        const wait = Math.min(error.retryAfterMs, options.maxRetryAfterMs);
        return Math.round(wait + wait * 0.1 * options.random());
      }
      // Exponential backoff with "equal jitter": half fixed, half random.
      const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, failureCount));
      return Math.round(step / 2 + (step / 2) * options.random());
    },
  };
}

const defaultPolicy = createRetryPolicy();

/** TanStack Query `retry`: NETWORK, 5xx and 429 (within the Retry-After cap), at most twice; never other 4xx. */
export const shouldRetry: (failureCount: number, error: unknown) => boolean = defaultPolicy.shouldRetry;

/** TanStack Query `retryDelay`: Retry-After when given, else exponential backoff with jitter. */
export const retryDelay: (failureCount: number, error: unknown) => number = defaultPolicy.retryDelay;
