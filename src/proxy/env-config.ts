import { authUrlProblems, FORWARD_AUTH_TIMEOUT_MS } from './forward-auth';
import { apiBaseUrlProblems, MIN_TOKEN_LENGTH, originProblems } from './option-checks';
import { ProxyConfigError, type LegitProxyOptions } from './options';
import { DEFAULT_RATE_LIMIT } from './resolve-options';

/** Proxy configuration read from the environment, for the Node runner and the demo. */
export interface ProxyEnvConfig {
  /** Options for {@link createLegitProxy}: `apiBaseUrl`, `apiToken`, `allowedOrigins`, `companyAppKeys`. */
  options: Pick<LegitProxyOptions, 'apiBaseUrl' | 'apiToken' | 'allowedOrigins' | 'companyAppKeys'>;
  /** Port to listen on (`PORT`, default 8787). */
  port: number;
  /** How sessions are checked: forward auth to `LEGIT_AUTH_URL`, or `none` (`LEGIT_AUTH=none`: reports open). */
  auth: { url: string; timeoutMs: number } | 'none';
  /** `LEGIT_RATE_LIMIT` requests a minute per client (`0`: off), shared through `LEGIT_RATE_LIMIT_REDIS_URL`. */
  rateLimit: { perMinute: number; redisUrl: string | undefined; failOpen: boolean } | false;
}

export const DEFAULT_PORT = 8787;

type Env = Readonly<Record<string, string | undefined>>;

const flag = (env: Env, name: string) => env[name]?.trim().toLowerCase() ?? '';
const integer = (raw: string, fallback: number) => (raw === '' ? fallback : /^\d+$/.test(raw) ? Number(raw) : NaN);

function readAuth(env: Env, companyAppKeys: boolean, problems: string[]): ProxyEnvConfig['auth'] {
  const url = env.LEGIT_AUTH_URL?.trim() ?? '';
  const mode = flag(env, 'LEGIT_AUTH');
  const timeoutMs = integer(env.LEGIT_AUTH_TIMEOUT_MS?.trim() ?? '', FORWARD_AUTH_TIMEOUT_MS);
  if (!(timeoutMs > 0)) problems.push('LEGIT_AUTH_TIMEOUT_MS must be a positive integer (milliseconds)');
  if (mode !== '' && mode !== 'none') problems.push('LEGIT_AUTH may only be none (or unset)');
  if (url !== '' && mode === 'none') problems.push('set LEGIT_AUTH_URL or LEGIT_AUTH=none, not both');
  if (url !== '') {
    problems.push(...authUrlProblems(url, 'LEGIT_AUTH_URL'));
    return { url, timeoutMs };
  }
  // An iframe key is a working credential for the clinic's account: nobody may mint one unchecked.
  if (companyAppKeys)
    problems.push(
      'LEGIT_COMPANY_APP_KEYS=true needs LEGIT_AUTH_URL (the portal session check), even with LEGIT_AUTH=none',
    );
  else if (mode !== 'none')
    problems.push(
      "LEGIT_AUTH_URL is required: the portal's session-check URL, asked before each report is served (or set LEGIT_AUTH=none to serve reports to anyone who knows an id)",
    );
  return 'none';
}

function readRateLimit(env: Env, problems: string[]): ProxyEnvConfig['rateLimit'] {
  const perMinute = integer(env.LEGIT_RATE_LIMIT?.trim() ?? '', DEFAULT_RATE_LIMIT.limit);
  if (!Number.isSafeInteger(perMinute))
    problems.push('LEGIT_RATE_LIMIT must be an integer (requests a minute; 0 is off)');
  const redisUrl = env.LEGIT_RATE_LIMIT_REDIS_URL?.trim() || undefined;
  if (redisUrl !== undefined && !/^rediss?:\/\/[^\s]+$/.test(redisUrl))
    problems.push('LEGIT_RATE_LIMIT_REDIS_URL must be a redis:// or rediss:// URL');
  if (redisUrl !== undefined && perMinute === 0)
    problems.push('LEGIT_RATE_LIMIT_REDIS_URL is set but LEGIT_RATE_LIMIT=0');
  const fail = flag(env, 'LEGIT_RATE_LIMIT_FAIL');
  if (!['', 'open', 'closed'].includes(fail)) problems.push('LEGIT_RATE_LIMIT_FAIL must be open or closed');
  return perMinute === 0 ? false : { perMinute, redisUrl, failOpen: fail !== 'closed' };
}

/**
 * Reads `LEGIT_API_URL`, `LEGIT_API_TOKEN`, `PORT` (default 8787), `ALLOWED_ORIGINS` (comma-separated exact origins),
 * `LEGIT_COMPANY_APP_KEYS` (`true`/`false`, default false), `LEGIT_AUTH_URL` (with `LEGIT_AUTH_TIMEOUT_MS`) or
 * `LEGIT_AUTH=none`, `LEGIT_RATE_LIMIT` (default 60), `LEGIT_RATE_LIMIT_REDIS_URL` and `LEGIT_RATE_LIMIT_FAIL`
 * (`open`, the default, or `closed`). Throws {@link ProxyConfigError} listing every missing or malformed variable
 * (values of secrets are never quoted).
 */
export function readProxyConfigFromEnv(env: Env): ProxyEnvConfig {
  const problems: string[] = [];
  const apiBaseUrl = env.LEGIT_API_URL?.trim() ?? '';
  problems.push(...apiBaseUrlProblems(apiBaseUrl, 'LEGIT_API_URL'));

  const apiToken = env.LEGIT_API_TOKEN?.trim() ?? '';
  if (apiToken === '') problems.push('LEGIT_API_TOKEN is required (the S2S token)');
  else if (apiToken.length < MIN_TOKEN_LENGTH)
    problems.push(`LEGIT_API_TOKEN is too short to be an S2S token (under ${MIN_TOKEN_LENGTH} characters)`);

  const rawPort = env.PORT?.trim() ?? '';
  const port = rawPort === '' ? DEFAULT_PORT : Number(rawPort);
  if (!/^\d*$/.test(rawPort) || !Number.isInteger(port) || port < 0 || port > 65_535) {
    problems.push('PORT must be an integer between 0 and 65535');
  }

  const allowedOrigins = (env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of allowedOrigins) problems.push(...originProblems(origin).map((p) => `ALLOWED_ORIGINS: ${p}`));

  const rawAppKeys = flag(env, 'LEGIT_COMPANY_APP_KEYS');
  if (!['', 'true', 'false', '1', '0'].includes(rawAppKeys))
    problems.push('LEGIT_COMPANY_APP_KEYS must be true or false');
  const companyAppKeys = rawAppKeys === 'true' || rawAppKeys === '1';

  const auth = readAuth(env, companyAppKeys, problems);
  const rateLimit = readRateLimit(env, problems);

  if (problems.length > 0) throw new ProxyConfigError(problems);
  return { options: { apiBaseUrl, apiToken, allowedOrigins, companyAppKeys }, port, auth, rateLimit };
}
