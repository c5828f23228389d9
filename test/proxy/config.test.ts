import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PORT,
  readProxyConfigFromEnv,
  validateLegitProxyOptions,
  type LegitProxyOptions,
} from '../../src/proxy/index.ts';
import { problemsOf } from '../support/typed-errors.ts';

const valid: LegitProxyOptions = {
  apiBaseUrl: 'https://api.legit.example/s2s-api/v3',
  apiToken: 'a-long-enough-t0ken',
};

// createLegitProxy checks the same way on its first request (test/proxy/lazy-config.test.ts).
describe('validateLegitProxyOptions', () => {
  it.each([
    ['https', 'https://api.legit.example/s2s-api/v3'],
    ['a trailing slash', 'https://api.legit.example/s2s-api/v3/'],
    ['http to localhost', 'http://localhost:3000/s2s-api/v3'],
    ['http to 127.0.0.1', 'http://127.0.0.1:3000/s2s-api/v3'],
    ['http to [::1]', 'http://[::1]:3000/s2s-api/v3'],
    ['http to another address in 127/8', 'http://127.0.0.2:3000/s2s-api/v3'],
  ])('accepts apiBaseUrl with %s', (_name, apiBaseUrl) => {
    expect(problemsOf(() => validateLegitProxyOptions({ ...valid, apiBaseUrl }))).toEqual([]);
  });

  it.each([
    ['missing', '', /required/],
    ['not a URL', 'api.legit.example', /absolute URL/],
    ['http to a remote host', 'http://api.legit.example/s2s-api/v3', /https/],
    ['http to a host that merely starts with localhost', 'http://localhost.evil.example/v3', /https/],
    // A DNS name, not a loopback address: the token must not travel to it in clear text.
    ['http to a host that merely starts with 127.', 'http://127.attacker.example/v3', /https/],
    ['another scheme', 'ftp://api.legit.example', /https/],
    ['credentials', 'https://u:p@api.legit.example/v3', /credentials/],
    ['a query', 'https://api.legit.example/v3?x=1', /query/],
  ])('refuses apiBaseUrl %s', (_name, apiBaseUrl, message) => {
    const problems = problemsOf(() => validateLegitProxyOptions({ ...valid, apiBaseUrl }));
    expect(problems.join('\n')).toMatch(message);
  });

  it.each<[string, Partial<LegitProxyOptions>, RegExp]>([
    ['an empty token', { apiToken: '  ' }, /apiToken is required/],
    ['a multi-line token', { apiToken: 'a\nb' }, /single line/],
    ['a token too short to be checked for leaks', { apiToken: 'short-token' }, /too short/],
    ['an origin with a path', { allowedOrigins: ['https://portal.example/'] }, /exact origin/],
    ['a wildcard origin', { allowedOrigins: ['*'] }, /not an origin/],
    ['a basePath with a trailing slash', { basePath: '/api/' }, /basePath/],
    ['a basePath with dot segments', { basePath: '/api/..' }, /basePath/],
    ['a relative basePath', { basePath: 'api' }, /basePath/],
    ['a zero timeout', { timeoutMs: 0 }, /timeoutMs/],
    ['a fractional PDF deadline', { pdfTimeoutMs: 1.5 }, /pdfTimeoutMs/],
    ['a fractional rate limit', { rateLimit: { limit: 1.5, windowMs: 1000 } }, /rateLimit/],
  ])('refuses %s', (_name, override, message) => {
    expect(problemsOf(() => validateLegitProxyOptions({ ...valid, ...override })).join('\n')).toMatch(message);
  });

  it('lists every problem at once', () => {
    const problems = problemsOf(() => validateLegitProxyOptions({ apiBaseUrl: '', apiToken: '', timeoutMs: -1 }));
    expect(problems).toHaveLength(3);
  });
});

describe('readProxyConfigFromEnv', () => {
  const env = {
    LEGIT_API_URL: 'https://api.legit.example/s2s-api/v3',
    LEGIT_API_TOKEN: ' a-long-enough-t0ken\n',
    LEGIT_AUTH_URL: 'https://portal.example/session-check',
  };

  it('reads the variables with defaults', () => {
    expect(readProxyConfigFromEnv(env)).toEqual({
      options: {
        apiBaseUrl: 'https://api.legit.example/s2s-api/v3',
        apiToken: 'a-long-enough-t0ken',
        allowedOrigins: [],
        companyAppKeys: false,
      },
      port: DEFAULT_PORT,
      auth: { url: 'https://portal.example/session-check', timeoutMs: 5_000 },
      rateLimit: { perMinute: 60, redisUrl: undefined, failOpen: true },
    });
  });

  it('reads LEGIT_AUTH=none, LEGIT_RATE_LIMIT, LEGIT_RATE_LIMIT_REDIS_URL and LEGIT_RATE_LIMIT_FAIL', () => {
    const { LEGIT_AUTH_URL: _url, ...open } = env;
    expect(readProxyConfigFromEnv({ ...open, LEGIT_AUTH: 'none', LEGIT_RATE_LIMIT: '0' })).toMatchObject({
      auth: 'none',
      rateLimit: false,
    });
    const shared = readProxyConfigFromEnv({
      ...env,
      LEGIT_AUTH_TIMEOUT_MS: '1500',
      LEGIT_RATE_LIMIT: '120',
      LEGIT_RATE_LIMIT_REDIS_URL: 'redis://:pw@redis.internal:6379/0',
      LEGIT_RATE_LIMIT_FAIL: 'closed',
    });
    expect(shared.auth).toEqual({ url: 'https://portal.example/session-check', timeoutMs: 1_500 });
    expect(shared.rateLimit).toEqual({
      perMinute: 120,
      redisUrl: 'redis://:pw@redis.internal:6379/0',
      failOpen: false,
    });
  });

  it('reads PORT, comma-separated ALLOWED_ORIGINS and LEGIT_COMPANY_APP_KEYS', () => {
    const config = readProxyConfigFromEnv({
      ...env,
      PORT: '9000',
      ALLOWED_ORIGINS: ' https://a.example, http://localhost:5173 ,',
      LEGIT_COMPANY_APP_KEYS: 'true',
    });
    expect(config.port).toBe(9000);
    expect(config.options.allowedOrigins).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(config.options.companyAppKeys).toBe(true);
  });

  it.each([
    ['no variables', {}, ['LEGIT_API_URL is required', 'LEGIT_API_TOKEN is required']],
    ['an http URL', { ...env, LEGIT_API_URL: 'http://api.legit.example' }, ['LEGIT_API_URL must use https:']],
    ['a bad port', { ...env, PORT: '80a' }, ['PORT must be an integer']],
    ['a port out of range', { ...env, PORT: '70000' }, ['PORT must be an integer']],
    ['a bad origin', { ...env, ALLOWED_ORIGINS: 'portal.example' }, ['ALLOWED_ORIGINS:']],
    ['a bad flag', { ...env, LEGIT_COMPANY_APP_KEYS: 'yes' }, ['LEGIT_COMPANY_APP_KEYS']],
    ['a short token', { ...env, LEGIT_API_TOKEN: 'abc' }, ['LEGIT_API_TOKEN is too short']],
    ['no session check', { ...env, LEGIT_AUTH_URL: '' }, ['LEGIT_AUTH_URL is required', 'LEGIT_AUTH=none']],
    ['both a session check and none', { ...env, LEGIT_AUTH: 'none' }, ['not both']],
    ['an unknown LEGIT_AUTH', { ...env, LEGIT_AUTH_URL: '', LEGIT_AUTH: 'off' }, ['LEGIT_AUTH may only be none']],
    [
      'app keys without a session check',
      { ...env, LEGIT_AUTH_URL: '', LEGIT_AUTH: 'none', LEGIT_COMPANY_APP_KEYS: 'true' },
      ['LEGIT_COMPANY_APP_KEYS=true needs LEGIT_AUTH_URL'],
    ],
    [
      'a session check over http',
      { ...env, LEGIT_AUTH_URL: 'http://portal.example/s' },
      ['LEGIT_AUTH_URL must use https:'],
    ],
    ['a bad auth timeout', { ...env, LEGIT_AUTH_TIMEOUT_MS: '0' }, ['LEGIT_AUTH_TIMEOUT_MS']],
    ['a fractional rate limit', { ...env, LEGIT_RATE_LIMIT: '1.5' }, ['LEGIT_RATE_LIMIT must be an integer']],
    [
      'a Redis URL of another scheme',
      { ...env, LEGIT_RATE_LIMIT_REDIS_URL: 'http://r:6379' },
      ['redis:// or rediss://'],
    ],
    [
      'a Redis URL with the limit off',
      { ...env, LEGIT_RATE_LIMIT: '0', LEGIT_RATE_LIMIT_REDIS_URL: 'redis://r:6379' },
      ['LEGIT_RATE_LIMIT=0'],
    ],
    ['an unknown failure mode', { ...env, LEGIT_RATE_LIMIT_FAIL: 'maybe' }, ['LEGIT_RATE_LIMIT_FAIL']],
  ])('refuses %s, naming the variable', (_name, input, expected) => {
    const problems = problemsOf(() => readProxyConfigFromEnv(input)).join('\n');
    for (const fragment of expected) expect(problems).toContain(fragment);
  });
});
