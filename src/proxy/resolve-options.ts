import { PDF_STREAM_TIMEOUT_MS, UPSTREAM_TIMEOUT_MS } from '../contract/timeouts';
import { apiBaseUrlProblems, MIN_TOKEN_LENGTH, originProblems } from './option-checks';
import { ProxyConfigError, type LegitProxyOptions, type ProxyLogger, type RateLimitOptions } from './options';

/** Options after validation and defaults. */
export interface ResolvedProxyOptions {
  apiBaseUrl: string;
  apiToken: string;
  allowedOrigins: ReadonlySet<string>;
  corsAllowHeaders: readonly string[];
  corsCredentials: boolean;
  basePath: string;
  timeoutMs: number;
  pdfTimeoutMs: number;
  authorize: LegitProxyOptions['authorize'];
  authorizeCompanyAppKey: LegitProxyOptions['authorizeCompanyAppKey'];
  rateLimit: RateLimitOptions | false;
  companyAppKeys: boolean;
  onAudit: LegitProxyOptions['onAudit'];
  logger: ProxyLogger | undefined;
  fetch: typeof fetch;
}

export const DEFAULT_RATE_LIMIT = { limit: 60, windowMs: 60_000 } as const;

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
const BASE_PATH = /^(\/[A-Za-z0-9._~-]+)*$/;

function positiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

/** Validates options and applies defaults; throws {@link ProxyConfigError} listing every problem. */
export function resolveProxyOptions(options: LegitProxyOptions): ResolvedProxyOptions {
  const problems = apiBaseUrlProblems(options.apiBaseUrl);
  if (typeof options.apiToken !== 'string' || options.apiToken.trim() === '') problems.push('apiToken is required');
  else if (/[\r\n]/.test(options.apiToken)) problems.push('apiToken must be a single line');
  else if (options.apiToken.trim().length < MIN_TOKEN_LENGTH)
    problems.push(`apiToken is too short to be an S2S token (under ${MIN_TOKEN_LENGTH} characters)`);

  const allowedOrigins = options.allowedOrigins ?? [];
  for (const origin of allowedOrigins) problems.push(...originProblems(origin));

  const corsAllowHeaders = options.corsAllowHeaders ?? ['Content-Type'];
  if (!corsAllowHeaders.every((name) => HEADER_NAME.test(name))) problems.push('corsAllowHeaders must be header names');

  const basePath = options.basePath ?? '';
  const basePathValid = BASE_PATH.test(basePath) && !basePath.split('/').some((s) => s === '.' || s === '..');
  if (!basePathValid) problems.push('basePath must be empty or like /api/legit (no trailing slash, no dot segments)');

  const timeoutMs = options.timeoutMs ?? UPSTREAM_TIMEOUT_MS;
  if (!positiveInteger(timeoutMs)) problems.push('timeoutMs must be a positive integer');
  const pdfTimeoutMs = options.pdfTimeoutMs ?? PDF_STREAM_TIMEOUT_MS;
  if (!positiveInteger(pdfTimeoutMs)) problems.push('pdfTimeoutMs must be a positive integer');

  const rateLimit: RateLimitOptions | false =
    options.rateLimit === undefined ? { ...DEFAULT_RATE_LIMIT } : options.rateLimit;
  if (rateLimit !== false && (!positiveInteger(rateLimit.limit) || !positiveInteger(rateLimit.windowMs))) {
    problems.push('rateLimit.limit and rateLimit.windowMs must be positive integers');
  }

  // The global one is bound so runtimes that require `this === globalThis` are satisfied.
  const fetchImpl = options.fetch ?? globalThis.fetch?.bind(globalThis);
  if (typeof fetchImpl !== 'function') problems.push('no fetch implementation available: pass options.fetch');

  if (problems.length > 0) throw new ProxyConfigError(problems);

  return {
    apiBaseUrl: options.apiBaseUrl.replace(/\/+$/, ''),
    apiToken: options.apiToken.trim(),
    allowedOrigins: new Set(allowedOrigins),
    corsAllowHeaders,
    corsCredentials: options.corsCredentials ?? false,
    basePath,
    timeoutMs,
    pdfTimeoutMs,
    authorize: options.authorize,
    authorizeCompanyAppKey: options.authorizeCompanyAppKey,
    rateLimit,
    companyAppKeys: options.companyAppKeys ?? false,
    onAudit: options.onAudit,
    logger: options.logger,
    fetch: fetchImpl,
  };
}
