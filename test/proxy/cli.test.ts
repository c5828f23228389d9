// The Node runner: refuses to start on bad configuration, serves on good configuration.
import { describe, expect, it } from 'vitest';
import { startFakeUpstream } from '../support/fake-upstream.ts';
import { startSessionEndpoint } from '../support/session-endpoint.ts';
import { freePort, runCli } from './cli-runner.ts';
import { TOKEN } from './harness.ts';

describe('src/proxy/cli.ts', () => {
  it.each([
    ['no configuration', {}, /LEGIT_API_URL is required[\s\S]*LEGIT_API_TOKEN is required/],
    [
      'an http upstream',
      { LEGIT_API_URL: 'http://api.legit.example/v3', LEGIT_API_TOKEN: TOKEN },
      /LEGIT_API_URL must use https:/,
    ],
    [
      'a malformed port',
      { LEGIT_API_URL: 'https://api.legit.example/v3', LEGIT_API_TOKEN: TOKEN, PORT: 'eighty' },
      /PORT must be an integer/,
    ],
    [
      // The stand-alone proxy cannot be started open by accident: knowing an id must not be the only gate.
      'no session check',
      { LEGIT_API_URL: 'https://api.legit.example/v3', LEGIT_API_TOKEN: TOKEN },
      /LEGIT_AUTH_URL is required[\s\S]*LEGIT_AUTH=none/,
    ],
    [
      'app keys without a session check, even with LEGIT_AUTH=none',
      {
        LEGIT_API_URL: 'https://api.legit.example/v3',
        LEGIT_API_TOKEN: TOKEN,
        LEGIT_AUTH: 'none',
        LEGIT_COMPANY_APP_KEYS: 'true',
      },
      /LEGIT_COMPANY_APP_KEYS=true needs LEGIT_AUTH_URL/,
    ],
    [
      'a session check over http to another host',
      {
        LEGIT_API_URL: 'https://api.legit.example/v3',
        LEGIT_API_TOKEN: TOKEN,
        LEGIT_AUTH_URL: 'http://portal.example/s',
      },
      /LEGIT_AUTH_URL must use https:/,
    ],
    [
      'a malformed rate limit',
      {
        LEGIT_API_URL: 'https://api.legit.example/v3',
        LEGIT_API_TOKEN: TOKEN,
        LEGIT_AUTH: 'none',
        LEGIT_RATE_LIMIT: '-1',
      },
      /LEGIT_RATE_LIMIT must be an integer/,
    ],
    [
      'a malformed origin list',
      {
        LEGIT_API_URL: 'https://api.legit.example/v3',
        LEGIT_API_TOKEN: TOKEN,
        ALLOWED_ORIGINS: 'https://a.example/path',
      },
      /ALLOWED_ORIGINS/,
    ],
  ])(
    'exits non-zero with a clear message on %s (without printing the token)',
    async (_name, env, message) => {
      const run = await runCli(env);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(/cannot start/);
      expect(run.stderr).toMatch(message);
      expect(run.stderr + run.stdout).not.toContain(TOKEN);
    },
    30_000,
  );

  it('serves the proxy from env and logs JSON lines without the token', async () => {
    const upstream = await startFakeUpstream({ token: TOKEN });
    const port = await freePort();
    try {
      let report: Response | undefined;
      const run = await runCli(
        {
          LEGIT_API_URL: upstream.baseUrl,
          LEGIT_API_TOKEN: TOKEN,
          PORT: String(port),
          ALLOWED_ORIGINS: 'https://portal.example',
          LEGIT_AUTH: 'none',
        },
        async () => {
          expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
          report = await fetch(`http://127.0.0.1:${port}/anonymous-diagnostic-reports/abcdefgh12?format=raw`, {
            headers: { Origin: 'https://portal.example' },
          });
          return true;
        },
      );
      expect(report?.status).toBe(200);
      expect(report?.headers.get('access-control-allow-origin')).toBe('https://portal.example');
      expect(upstream.requests).toHaveLength(1);
      expect(run.code).toBe(0);
      const lines = run.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines.map((l) => l.event)).toEqual(['listening', 'request', 'report_access', 'request']);
      expect(run.stdout + run.stderr).not.toContain(TOKEN);
      // Open on purpose, and said so at start.
      const warning = run.stderr
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .find((line) => line.event === 'auth_disabled');
      expect(warning).toMatchObject({ level: 'warn', message: expect.stringContaining('LEGIT_AUTH_URL') });
    } finally {
      await upstream.close();
    }
  }, 30_000);

  it('checks sessions at LEGIT_AUTH_URL for reports and keys, and audits who read what', async () => {
    const upstream = await startFakeUpstream({ token: TOKEN });
    const session = await startSessionEndpoint();
    session.answer((headers) =>
      headers.cookie === 'sid=ok' ? { kind: 'allow', principal: 'dr-ok' } : { kind: 'deny', status: 401 },
    );
    const port = await freePort();
    const statuses: number[] = [];
    try {
      const run = await runCli(
        {
          LEGIT_API_URL: upstream.baseUrl,
          LEGIT_API_TOKEN: TOKEN,
          PORT: String(port),
          LEGIT_AUTH_URL: session.url,
          LEGIT_COMPANY_APP_KEYS: 'true',
          LEGIT_RATE_LIMIT: '2',
        },
        async () => {
          const base = `http://127.0.0.1:${port}`;
          const reportUrl = `${base}/anonymous-diagnostic-reports/abcdefgh12?format=raw`;
          const send = async (url: string, init?: RequestInit) => {
            const response = await fetch(url, init);
            await response.arrayBuffer();
            statuses.push(response.status);
          };
          await send(reportUrl);
          await send(`${base}/company-app-keys`, { method: 'POST' });
          await send(reportUrl, { headers: { cookie: 'sid=ok' } });
          await send(`${base}/company-app-keys`, { method: 'POST', headers: { cookie: 'sid=ok' } });
          await send(reportUrl, { headers: { cookie: 'sid=ok' } }); // dr-ok's third in the minute: LEGIT_RATE_LIMIT=2
          return true;
        },
      );
      expect(statuses).toEqual([401, 401, 200, 200, 429]);
      expect(run.code).toBe(0);
      expect(session.requests.map((r) => r.headers['x-legit-route'])).toEqual([
        'report',
        'company-app-keys',
        'report',
        'company-app-keys',
        'report',
      ]);
      // Two reads and two mints reached upstream; the refused and the limited ones did not.
      expect(upstream.requests).toHaveLength(2);
      const audit = run.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((line) => line.event === 'report_access' || line.event === 'app_key_minted')
        .map((line) => [line.event, line.principal, line.status]);
      expect(audit).toEqual([
        ['report_access', null, 401],
        ['app_key_minted', null, 401],
        ['report_access', 'dr-ok', 200],
        ['app_key_minted', 'dr-ok', 200],
        ['report_access', 'dr-ok', 429],
      ]);
      expect(run.stdout + run.stderr).not.toContain(TOKEN);
      expect(run.stderr).not.toContain('auth_disabled');
    } finally {
      await session.close();
      await upstream.close();
    }
  }, 30_000);
});
