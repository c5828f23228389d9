// Proxy overhead on loopback: throughput and latency of the stand-alone proxy (as `legit-report-proxy` runs it
// on Node, access log included) against calling the fake upstream directly, and against the floor: a minimal
// `node:http` proxy doing only the necessary work (bench/minimal-proxy.ts), in the same run.
//
//   npx tsx bench/proxy.bench.ts            prints a table
//   import { runProxyBench } from ...       returns the figures
//
// The servers (fake upstream + proxy, one event loop) run in a child process so the load loop does not share
// their CPU; with two cores that is one core for the servers and one for the client. The load loop is
// `node:http` with a keep-alive agent and N concurrent workers (no extra dependency). It is not `fetch`: a
// fetch client spends about four times the upstream's CPU per request, so "direct" measured the client,
// not the upstream. Even this client saturates its core before the upstream does (see `clientCpuLoad`), so
// direct req/s is a floor and the throughput ratio flatters the proxy.
//
// Throughput on a shared machine moves with whatever else runs; the servers' CPU time per request does much
// less. Upstream and proxies share the child, so proxied minus direct CPU per request is what a proxy costs.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { reportPath } from '../src/contract/report-path.ts';

const TOKEN = 'bench-token-0123456789';
const REPORT_ID = 'cUVHY3lU/cEFSdzd+hVklrMXFK==';
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const THIS_FILE = fileURLToPath(import.meta.url);

export interface LoadFigures {
  requests: number;
  errors: number;
  /** Completed requests per second. */
  rps: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  /** CPU time (user + system) of the server process per completed request, in microseconds. */
  serverCpuUsPerRequest: number;
  /** Busy share of one core: the server process, and the load client (1 = saturated, so it limits the figures). */
  serverCpuLoad: number;
  clientCpuLoad: number;
}

export interface ProxyBenchFigures {
  /** Measured time per target (summed over rounds). */
  durationMs: number;
  rounds: number;
  concurrency: number;
  /** Size of the report JSON the upstream serves (the raw v3 fixture). */
  payloadBytes: number;
  direct: LoadFigures;
  proxied: LoadFigures;
  /** The minimal node:http proxy (the floor). */
  minimal: LoadFigures;
  /** proxied.rps / direct.rps (1 = no throughput cost). */
  throughputRatio: number;
  /** proxied.p50Ms / direct.p50Ms. */
  latencyRatio: number;
  /** Latency the proxy adds, at the median and on average, in milliseconds. */
  addedP50Ms: number;
  addedMeanMs: number;
  /** Server CPU per request, proxied minus direct: what the proxy itself costs (µs). */
  proxyCpuUsPerRequest: number;
  /** The same for the minimal proxy (µs). */
  minimalCpuUsPerRequest: number;
  /** proxyCpuUsPerRequest / minimalCpuUsPerRequest (1 = as cheap as the floor). */
  cpuRatioToMinimal: number;
  /** minimal.p50Ms - direct.p50Ms. */
  minimalAddedP50Ms: number;
  /** The machine, to read the figures against: other load skews everything on loopback. */
  cpus: number;
  loadAverage1mBefore: number;
}

export interface ProxyBenchOptions {
  /** Measured time per target. Default 3000 ms. */
  durationMs?: number;
  /** Concurrent workers (keep-alive connections). Default 16. */
  concurrency?: number;
  /** Unmeasured warm-up per target. Default 1000 ms. */
  warmupMs?: number;
  /** The measured time is split into this many alternating direct/proxied rounds. Default 3. */
  rounds?: number;
  /** Extra Node flags for the servers' process, e.g. `['--cpu-prof', '--cpu-prof-dir=prof']` to profile them. */
  serverNodeArgs?: readonly string[];
}

interface Endpoints {
  upstreamBaseUrl: string;
  proxyUrl: string;
  minimalUrl: string;
  payloadBytes: number;
}

/** Runs the benchmark: starts the servers in a child process, loads both targets in turn, stops the child. */
export async function runProxyBench(options: ProxyBenchOptions = {}): Promise<ProxyBenchFigures> {
  const durationMs = options.durationMs ?? 3_000;
  const concurrency = options.concurrency ?? 16;
  const warmupMs = options.warmupMs ?? 1_000;
  const rounds = options.rounds ?? 3;
  const loadAverage1mBefore = round(loadavg()[0] ?? 0, 2);
  const { child, endpoints } = await startServers(options.serverNodeArgs ?? []);
  const send = nodeHttpSender(concurrency);
  try {
    const path = reportPath(REPORT_ID, { format: 'raw', locale: 'en' });
    const direct: Target = {
      url: `${endpoints.upstreamBaseUrl}${path}`,
      headers: { 'X-API-TOKEN': TOKEN, accept: 'application/json' },
    };
    const proxied: Target = { url: `${endpoints.proxyUrl}${path}`, headers: { accept: 'application/json' } };
    const minimal: Target = { url: `${endpoints.minimalUrl}${path}`, headers: { accept: 'application/json' } };
    const run = (target: Target, ms: number) => measured(child, () => load(send.get, target, concurrency, ms));
    await run(direct, warmupMs);
    await run(proxied, warmupMs);
    await run(minimal, warmupMs);
    // Alternate short rounds so a change in background load hits every target alike.
    const directSamples: Sample[] = [];
    const proxiedSamples: Sample[] = [];
    const minimalSamples: Sample[] = [];
    for (let round = 0; round < rounds; round += 1) {
      directSamples.push(await run(direct, durationMs / rounds));
      proxiedSamples.push(await run(proxied, durationMs / rounds));
      minimalSamples.push(await run(minimal, durationMs / rounds));
    }
    const directFigures = summarise(directSamples);
    const proxiedFigures = summarise(proxiedSamples);
    const minimalFigures = summarise(minimalSamples);
    const proxyCpu = proxiedFigures.serverCpuUsPerRequest - directFigures.serverCpuUsPerRequest;
    const minimalCpu = minimalFigures.serverCpuUsPerRequest - directFigures.serverCpuUsPerRequest;
    return {
      durationMs,
      rounds,
      concurrency,
      payloadBytes: endpoints.payloadBytes,
      direct: directFigures,
      proxied: proxiedFigures,
      minimal: minimalFigures,
      throughputRatio: round(proxiedFigures.rps / directFigures.rps, 3),
      latencyRatio: round(proxiedFigures.p50Ms / directFigures.p50Ms, 3),
      addedP50Ms: round(proxiedFigures.p50Ms - directFigures.p50Ms, 3),
      addedMeanMs: round(proxiedFigures.meanMs - directFigures.meanMs, 3),
      proxyCpuUsPerRequest: round(proxyCpu, 1),
      minimalCpuUsPerRequest: round(minimalCpu, 1),
      cpuRatioToMinimal: round(proxyCpu / minimalCpu, 2),
      minimalAddedP50Ms: round(minimalFigures.p50Ms - directFigures.p50Ms, 3),
      cpus: availableParallelism(),
      loadAverage1mBefore,
    };
  } finally {
    send.close();
    child.kill('SIGTERM');
  }
}

interface Target {
  url: string;
  headers: Record<string, string>;
}

/** Sends one GET, reads the whole body, resolves with the status. */
type Get = (target: Target) => Promise<number>;

interface Sender {
  get: Get;
  close(): void;
}

function nodeHttpSender(concurrency: number): Sender {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const get: Get = ({ url, headers }) =>
    new Promise((resolve, reject) => {
      const request = httpRequest(url, { agent, headers }, (response) => {
        response.on('error', reject);
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.resume();
      });
      request.on('error', reject);
      request.end();
    });
  return { get, close: () => agent.destroy() };
}

interface Sample {
  latencies: number[];
  errors: number;
  elapsedMs: number;
  /** CPU microseconds spent meanwhile by the server process and by this (client) process. */
  serverCpuUs: number;
  clientCpuUs: number;
}

type LoadSample = Omit<Sample, 'serverCpuUs' | 'clientCpuUs'>;

/** Runs `work` between two readings of the server's and the client's CPU time. */
async function measured(child: ChildProcess, work: () => Promise<LoadSample>): Promise<Sample> {
  const server0 = await serverCpuUs(child);
  const client0 = process.cpuUsage();
  const sample = await work();
  const client = process.cpuUsage(client0);
  const server1 = await serverCpuUs(child);
  return { ...sample, serverCpuUs: server1 - server0, clientCpuUs: client.user + client.system };
}

/** Asks the server process for its CPU time (user + system, µs) over the IPC channel. */
function serverCpuUs(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('message', (message: unknown) =>
      typeof message === 'number' ? resolve(message) : reject(new Error('bench servers sent an unexpected message')),
    );
    child.send('cpu');
  });
}

/** Closed-loop load: `concurrency` workers each send the next request as soon as the last one's body is read. */
async function load(get: Get, target: Target, concurrency: number, durationMs: number): Promise<LoadSample> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + durationMs;
  const worker = async (): Promise<void> => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        const status = await get(target);
        if (status === 200) latencies.push(performance.now() - t0);
        else errors += 1;
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, errors, elapsedMs: performance.now() - started };
}

function summarise(samples: readonly Sample[]): LoadFigures {
  const latencies = samples.flatMap((sample) => sample.latencies).sort((a, b) => a - b);
  const errors = samples.reduce((sum, sample) => sum + sample.errors, 0);
  const elapsedMs = samples.reduce((sum, sample) => sum + sample.elapsedMs, 0);
  const serverCpuUs = samples.reduce((sum, sample) => sum + sample.serverCpuUs, 0);
  const clientCpuUs = samples.reduce((sum, sample) => sum + sample.clientCpuUs, 0);
  const at = (q: number): number =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  const mean = latencies.reduce((sum, v) => sum + v, 0) / Math.max(1, latencies.length);
  return {
    requests: latencies.length,
    errors,
    rps: round((latencies.length / elapsedMs) * 1000, 1),
    meanMs: round(mean, 3),
    p50Ms: round(at(0.5), 3),
    p99Ms: round(at(0.99), 3),
    serverCpuUsPerRequest: round(serverCpuUs / Math.max(1, latencies.length), 1),
    serverCpuLoad: round(serverCpuUs / 1000 / elapsedMs, 2),
    clientCpuLoad: round(clientCpuUs / 1000 / elapsedMs, 2),
  };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Spawns this file with `--serve` and waits for the line announcing the endpoints. */
function startServers(nodeArgs: readonly string[]): Promise<{ child: ChildProcess; endpoints: Endpoints }> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', THIS_FILE, '--serve'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench servers exited early (code ${code})`)));
    if (child.stdout === null) return reject(new Error('no stdout from bench servers'));
    createInterface({ input: child.stdout }).once('line', (line) => {
      const parsed: unknown = JSON.parse(line);
      if (!isEndpoints(parsed)) return reject(new Error('bench servers sent an unexpected line'));
      resolve({ child, endpoints: parsed });
    });
  });
}

function isEndpoints(value: unknown): value is Endpoints {
  return (
    typeof value === 'object' &&
    value !== null &&
    'upstreamBaseUrl' in value &&
    typeof value.upstreamBaseUrl === 'string' &&
    'proxyUrl' in value &&
    typeof value.proxyUrl === 'string' &&
    'minimalUrl' in value &&
    typeof value.minimalUrl === 'string' &&
    'payloadBytes' in value &&
    typeof value.payloadBytes === 'number'
  );
}

/**
 * Child side: the fake upstream serving the raw v3 fixture; in front of it the stand-alone proxy as the
 * `legit-report-proxy` command runs it (Node upstream transport, a JSON log line per request to stdout;
 * no rate limit, which the load would hit at once), and the minimal node:http proxy.
 */
async function serveForBench(): Promise<void> {
  const [{ startFakeUpstream }, { jsonLinesLogger, startNodeProxy }, { startMinimalProxy }] = await Promise.all([
    import('../test/support/fake-upstream.ts'),
    import('../src/proxy/node-runner.ts'),
    import('./minimal-proxy.ts'),
  ]);
  const payload = readFileSync(new URL('../fixtures/raw-v3-acne.json', import.meta.url));
  const upstream = await startFakeUpstream({ token: TOKEN });
  upstream.respondWith({ kind: 'raw', body: payload, headers: { 'content-type': 'application/json' } });
  // The fake records every request; the bench would otherwise grow that list without bound.
  setInterval(() => upstream.requests.splice(0), 1_000).unref();
  const minimal = await startMinimalProxy(upstream.baseUrl, TOKEN);
  const options = { apiBaseUrl: upstream.baseUrl, apiToken: TOKEN, rateLimit: false as const, logger: jsonLinesLogger };
  const { server } = startNodeProxy(options, { port: 0, hostname: '127.0.0.1' }, (port) => {
    process.stdout.write(
      `${JSON.stringify({ upstreamBaseUrl: upstream.baseUrl, proxyUrl: `http://127.0.0.1:${port}`, minimalUrl: minimal.url, payloadBytes: payload.byteLength })}\n`,
    );
  });
  process.on('message', () => {
    const usage = process.cpuUsage();
    process.send?.(usage.user + usage.system);
  });
  process.once('SIGTERM', () => {
    process.disconnect?.();
    server.close();
    void Promise.all([upstream.close(), minimal.close()]).then(() => process.exit(0));
  });
}

function printTable(figures: ProxyBenchFigures): void {
  const row = (name: string, f: LoadFigures) => ({
    target: name,
    'req/s': f.rps,
    'mean ms': f.meanMs,
    'p50 ms': f.p50Ms,
    'p99 ms': f.p99Ms,
    'server µs CPU/req': f.serverCpuUsPerRequest,
    'server load': f.serverCpuLoad,
    'client load': f.clientCpuLoad,
    requests: f.requests,
    errors: f.errors,
  });
  console.log(
    `proxy bench: ${figures.concurrency} concurrent keep-alive node:http clients, ${figures.durationMs} ms per target in ${figures.rounds} alternating rounds, ${figures.payloadBytes}-byte raw v3 report; ${figures.cpus} CPUs, 1-min load ${figures.loadAverage1mBefore} at start`,
  );
  console.table([
    row('upstream direct', figures.direct),
    row('through proxy', figures.proxied),
    row('minimal node:http proxy', figures.minimal),
  ]);
  console.table([
    {
      'throughput ratio (proxy/direct)': figures.throughputRatio,
      'p50 latency ratio': figures.latencyRatio,
      'added p50 ms': figures.addedP50Ms,
      'added mean ms': figures.addedMeanMs,
      'proxy µs CPU/req': figures.proxyCpuUsPerRequest,
      'minimal µs CPU/req': figures.minimalCpuUsPerRequest,
      'CPU ratio proxy/minimal': figures.cpuRatioToMinimal,
    },
  ]);
}

const invokedDirectly = process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url;
if (process.argv.includes('--serve')) {
  await serveForBench();
} else if (invokedDirectly) {
  printTable(await runProxyBench());
}
