import { apiBaseUrlProblems, MIN_TOKEN_LENGTH, originProblems } from './option-checks';
import { ProxyConfigError, type LegitProxyOptions } from './options';

/** Proxy configuration read from the environment, for the Node runner and the demo. */
export interface ProxyEnvConfig {
  /** Options for {@link createLegitProxy}: `apiBaseUrl`, `apiToken`, `allowedOrigins`, `companyAppKeys`. */
  options: Pick<LegitProxyOptions, 'apiBaseUrl' | 'apiToken' | 'allowedOrigins' | 'companyAppKeys'>;
  /** Port to listen on (`PORT`, default 8787). */
  port: number;
}

export const DEFAULT_PORT = 8787;

/**
 * Reads `LEGIT_API_URL`, `LEGIT_API_TOKEN`, `PORT` (default 8787), `ALLOWED_ORIGINS` (comma-separated exact origins)
 * and `LEGIT_COMPANY_APP_KEYS` (`true`/`false`, default false).
 * Throws {@link ProxyConfigError} listing every missing or malformed variable (values of secrets are never quoted).
 */
export function readProxyConfigFromEnv(env: Readonly<Record<string, string | undefined>>): ProxyEnvConfig {
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

  const rawAppKeys = env.LEGIT_COMPANY_APP_KEYS?.trim().toLowerCase() ?? '';
  if (!['', 'true', 'false', '1', '0'].includes(rawAppKeys))
    problems.push('LEGIT_COMPANY_APP_KEYS must be true or false');

  if (problems.length > 0) throw new ProxyConfigError(problems);
  return {
    options: { apiBaseUrl, apiToken, allowedOrigins, companyAppKeys: rawAppKeys === 'true' || rawAppKeys === '1' },
    port,
  };
}
