// Child processes for the package checks: commands run to their end, and servers started, awaited and stopped
// by process group (a framework's server may start children of its own).
/* global fetch, AbortSignal -- Node 20 globals */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import process from 'node:process';
import { setTimeout } from 'node:timers';

/** The environment without any variable whose name starts with `prefix` (a build without secrets). */
export function envWithout(prefix) {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith(prefix)));
}

/**
 * Runs a command; resolves with stdout + stderr (or stdout alone), rejects with the tail of it when the exit code
 * is not 0. `env` adds to the environment; `baseEnv` replaces the one it adds to (default: this process's).
 */
export function run(command, args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...(options.baseEnv ?? process.env), ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolvePromise(options.separate ? { stdout, output } : options.stdoutOnly ? stdout : output);
      else {
        const tail = output.trim().split('\n').slice(-40).join('\n');
        reject(new Error(`${[command, ...args].join(' ')} exited with ${code}\n${tail}`));
      }
    });
  });
}

/** A TCP port free on 127.0.0.1 at the time of asking. */
export function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

const sleep = (ms) => new Promise((resolvePromise) => setTimeout(resolvePromise, ms));

/**
 * Starts a server in a process group of its own and resolves once `readyUrl` answers (any status), or rejects
 * with its output when it exits first or `timeoutMs` passes. `stop()` ends the group and resolves with the exit.
 */
export async function startServer(command, args, { cwd, env, baseEnv, readyUrl, timeoutMs = 60_000 }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...(baseEnv ?? process.env), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolvePromise) =>
    child.once('exit', (code, signal) => resolvePromise({ code, signal })),
  );
  let done = false;
  void exited.then(() => (done = true));
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  const server = {
    output: () => output,
    exited,
    async stop() {
      if (!done) signalGroup('SIGTERM');
      const outcome = await Promise.race([exited, sleep(10_000).then(() => null)]);
      if (outcome !== null) return outcome;
      signalGroup('SIGKILL');
      return exited;
    },
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (done) throw new Error(`${command} ${args.join(' ')} exited before it was ready:\n${tail(output)}`);
    try {
      await fetch(readyUrl, { signal: AbortSignal.timeout(2_000) });
      return server;
    } catch {
      if (Date.now() > deadline) {
        await server.stop();
        throw new Error(`${command} ${args.join(' ')} not ready after ${timeoutMs} ms:\n${tail(output)}`);
      }
      await sleep(200);
    }
  }
}

export const tail = (text, lines = 30) => text.trim().split('\n').slice(-lines).join('\n');
