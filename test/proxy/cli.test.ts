// The Node runner: refuses to start on bad configuration, serves on good configuration.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startFakeUpstream } from '../support/fake-upstream.ts';
import { TOKEN } from './harness.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with exactly `env` (plus PATH), until it exits or `until` says to stop it. */
function runCli(env: Record<string, string>, until?: (stdout: string) => Promise<boolean>): Promise<Run> {
  return new Promise((resolve, reject) => {
    // Node itself with tsx's loader, not the tsx binary: that wrapper relays SIGTERM to its child only if the
    // child answers its handshake in time, and on a loaded machine it exits 143 instead.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/proxy/cli.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    let checking = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (until !== undefined && !checking && stdout.includes('"listening"')) {
        checking = true;
        until(stdout).then(
          () => child.kill('SIGTERM'),
          (error: unknown) => {
            child.kill('SIGKILL');
            reject(error);
          },
        );
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

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
    } finally {
      await upstream.close();
    }
  }, 30_000);
});
