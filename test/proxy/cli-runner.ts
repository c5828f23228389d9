// Runs the Node runner (src/proxy/cli.ts) as a real process, for the CLI and Redis tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function spawnCli(env: Record<string, string>): ChildProcess {
  // Node itself with tsx's loader, not the tsx binary: that wrapper relays SIGTERM to its child only if the
  // child answers its handshake in time, and on a loaded machine it exits 143 instead.
  return spawn(process.execPath, ['--import', 'tsx', 'src/proxy/cli.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
}

/** Runs the CLI with exactly `env` (plus PATH), until it exits or `until` says to stop it. */
export function runCli(env: Record<string, string>, until?: (stdout: string) => Promise<boolean>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(env);
    let stdout = '';
    let stderr = '';
    let checking = false;
    child.stdout?.on('data', (chunk: Buffer) => {
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
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A CLI process left running: its base URL, what it printed so far, and a stop that waits for its exit. */
export interface RunningCli {
  url: string;
  output(): { stdout: string; stderr: string };
  stop(): Promise<Run>;
}

/** Starts the CLI on a free port and resolves once it listens. */
export async function startCli(env: Record<string, string>): Promise<RunningCli> {
  const port = await freePort();
  const child = spawnCli({ ...env, PORT: String(port) });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<Run>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('"listening"')) resolve();
    });
    child.on('error', reject);
    void exited.then((run) => reject(new Error(`the CLI exited before listening (${run.code}): ${run.stderr}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => ({ stdout, stderr }),
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
