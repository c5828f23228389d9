// Proxy overhead on loopback: throughput and latency of the stand-alone proxy (as `legit-report-proxy` runs it
// on Node, access log included) against calling the fake upstream directly, and against the floor: a minimal
// `node:http` proxy doing only the necessary work (bench/minimal-proxy.ts), in the same run; and the fetch
// handler over Node's own `fetch`, as a Node portal served it before `legit-report-viewer/proxy/node`.
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
//
// With `limiters` (the default), two more proxies in the same child count every request: one in memory, one in a
// real redis-server started here (skipped, and said so, when there is none). Their CPU per request minus the
// unlimited proxy's is what the limiter costs; Redis's own CPU and its commands per request come from `INFO`.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Agent, createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createClient } from 'redis';
import { reportPath } from '../src/contract/report-path.ts';
import { REDIS_SERVER, startRedisServer, type RedisServer } from '../test/support/redis-server.ts';

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
  /** The fetch handler over Node's own `fetch`, served by @hono/node-server: a Node portal's wiring without `proxy/node`. */
  fetchHandler: LoadFigures;
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
  /** The same for the fetch handler over Node's `fetch` (µs). */
  fetchHandlerCpuUsPerRequest: number;
  /** proxyCpuUsPerRequest / minimalCpuUsPerRequest (1 = as cheap as the floor). */
  cpuRatioToMinimal: number;
  /** minimal.p50Ms - direct.p50Ms. */
  minimalAddedP50Ms: number;
  /** The limiter on (every request counted, none refused): in memory, and in Redis. */
  limiter: LimiterFigures | undefined;
  /** The same servers at a steady request rate instead of flat out. */
  steady: SteadyFigures;
  /** The machine, to read the figures against: other load skews everything on loopback. */
  cpus: number;
  loadAverage1mBefore: number;
}

/**
 * Server CPU per request at a steady rate (an open loop: requests go out on time whatever the answers take),
 * each minus the upstream's own. Flat out, a slower server also pays more kernel time per socket write (its
 * client sleeps more often, and each write wakes it) and more garbage collection per request: at a steady
 * rate every server is woken for every request alike, as on a portal.
 */
export interface SteadyFigures {
  /** Requests a second. */
  rate: number;
  proxyCpuUsPerRequest: number;
  minimalCpuUsPerRequest: number;
  fetchHandlerCpuUsPerRequest: number;
  cpuRatioToMinimal: number;
  /** Latency the proxy adds at the median, at this rate (ms): about what it adds to a lone request. */
  addedP50Ms: number;
  /** Answered with 200, and failed or answered otherwise, over all four targets. */
  requests: number;
  errors: number;
}

export interface LimiterFigures {
  memory: LoadFigures;
  /** Proxy CPU per request with the memory limiter, minus without a limiter (µs). */
  memoryCpuUsPerRequest: number;
  /** Undefined when no redis-server was found. */
  redis:
    | {
        figures: LoadFigures;
        /** Proxy CPU per request with the Redis limiter, minus without a limiter (µs); redis-server's own is apart. */
        proxyCpuUsPerRequest: number;
        /** redis-server's CPU per request (µs), from `INFO cpu`. */
        redisCpuUsPerRequest: number;
        /** Commands Redis ran per request (`INFO commandstats`: EVALSHA and EVAL), i.e. round trips. */
        roundTripsPerRequest: number;
      }
    | undefined;
}

export interface ProxyBenchOptions {
  /** Also measure the proxy with its rate limiter on, in memory and in Redis. Default true. */
  limiters?: boolean;
  /** Measured time per target. Default 3000 ms. */
  durationMs?: number;
  /** Concurrent workers (keep-alive connections). Default 16. */
  concurrency?: number;
  /** Unmeasured warm-up per target. Default 1000 ms. */
  warmupMs?: number;
  /** The measured time is split into this many alternating direct/proxied rounds. Default 3. */
  rounds?: number;
  /** Requests a second of the steady-rate part. Default 1000. */
  steadyRate?: number;
  /** Extra Node flags for the servers' process, e.g. `['--cpu-prof', '--cpu-prof-dir=prof']` to profile them. */
  serverNodeArgs?: readonly string[];
}

interface Endpoints {
  upstreamBaseUrl: string;
  proxyUrl: string;
  minimalUrl: string;
  fetchHandlerUrl: string;
  memoryLimitedUrl: string;
  redisLimitedUrl: string | null;
  payloadBytes: number;
}

/** Runs the benchmark: starts the servers in a child process, loads both targets in turn, stops the child. */
export async function runProxyBench(options: ProxyBenchOptions = {}): Promise<ProxyBenchFigures> {
  const durationMs = options.durationMs ?? 3_000;
  const concurrency = options.concurrency ?? 16;
  const warmupMs = options.warmupMs ?? 1_000;
  const rounds = options.rounds ?? 3;
  const limiters = options.limiters ?? true;
  const loadAverage1mBefore = round(loadavg()[0] ?? 0, 2);
  const redis = limiters && existsSync(REDIS_SERVER) ? await startRedisServer() : undefined;
  const { child, endpoints } = await startServers(options.serverNodeArgs ?? [], redis?.url);
  const send = nodeHttpSender(concurrency);
  const stats = redis === undefined ? undefined : await redisStats(redis);
  try {
    const path = reportPath(REPORT_ID, { format: 'raw', locale: 'en' });
    const direct: Target = {
      url: `${endpoints.upstreamBaseUrl}${path}`,
      headers: { 'X-API-TOKEN': TOKEN, accept: 'application/json' },
    };
    const through = (url: string): Target => ({ url: `${url}${path}`, headers: { accept: 'application/json' } });
    const proxied = through(endpoints.proxyUrl);
    const minimal = through(endpoints.minimalUrl);
    const fetchHandler = through(endpoints.fetchHandlerUrl);
    const memoryLimited = through(endpoints.memoryLimitedUrl);
    const redisLimited = endpoints.redisLimitedUrl === null ? undefined : through(endpoints.redisLimitedUrl);
    const run = (target: Target, ms: number) => measured(child, () => load(send.get, target, concurrency, ms));
    const steadyRate = options.steadyRate ?? 1_000;
    const targets = [
      direct,
      proxied,
      minimal,
      fetchHandler,
      ...(limiters ? [memoryLimited] : []),
      ...(redisLimited ? [redisLimited] : []),
    ];
    for (const target of targets) await run(target, warmupMs);
    // Alternate short rounds so a change in background load hits every target alike.
    const samples = targets.map((): Sample[] => []);
    const redisUsage = { commands: 0, cpuUs: 0 };
    for (let round = 0; round < rounds; round += 1) {
      for (const [index, target] of targets.entries()) {
        const before = target === redisLimited ? await stats?.read() : undefined;
        samples[index]?.push(await run(target, durationMs / rounds));
        const after = target === redisLimited ? await stats?.read() : undefined;
        if (before !== undefined && after !== undefined) {
          redisUsage.commands += after.commands - before.commands;
          redisUsage.cpuUs += after.cpuUs - before.cpuUs;
        }
      }
    }
    const steadyTargets = [direct, proxied, minimal, fetchHandler];
    const steadySamples = steadyTargets.map((): Sample[] => []);
    for (let round = 0; round < rounds; round += 1)
      for (const [index, target] of steadyTargets.entries())
        steadySamples[index]?.push(
          await measured(child, () => paced(send.get, target, steadyRate, durationMs / rounds)),
        );
    const steady = steadyFigures(steadyRate, steadySamples.map(summarise));
    const [directFigures, proxiedFigures, minimalFigures, fetchHandlerFigures, memoryFigures, redisFigures] =
      samples.map((s) => summarise(s));
    if (
      directFigures === undefined ||
      proxiedFigures === undefined ||
      minimalFigures === undefined ||
      fetchHandlerFigures === undefined
    )
      throw new Error('bench: no samples');
    const proxyCpu = proxiedFigures.serverCpuUsPerRequest - directFigures.serverCpuUsPerRequest;
    const minimalCpu = minimalFigures.serverCpuUsPerRequest - directFigures.serverCpuUsPerRequest;
    const extraCpu = (f: LoadFigures) => round(f.serverCpuUsPerRequest - proxiedFigures.serverCpuUsPerRequest, 1);
    const limiter: LimiterFigures | undefined =
      memoryFigures === undefined
        ? undefined
        : {
            memory: memoryFigures,
            memoryCpuUsPerRequest: extraCpu(memoryFigures),
            redis:
              redisFigures === undefined
                ? undefined
                : {
                    figures: redisFigures,
                    proxyCpuUsPerRequest: extraCpu(redisFigures),
                    redisCpuUsPerRequest: round(
                      redisUsage.cpuUs / Math.max(1, redisFigures.requests + redisFigures.errors),
                      1,
                    ),
                    roundTripsPerRequest: round(
                      redisUsage.commands / Math.max(1, redisFigures.requests + redisFigures.errors),
                      3,
                    ),
                  },
          };
    return {
      durationMs,
      rounds,
      concurrency,
      payloadBytes: endpoints.payloadBytes,
      direct: directFigures,
      proxied: proxiedFigures,
      minimal: minimalFigures,
      fetchHandler: fetchHandlerFigures,
      throughputRatio: round(proxiedFigures.rps / directFigures.rps, 3),
      latencyRatio: round(proxiedFigures.p50Ms / directFigures.p50Ms, 3),
      addedP50Ms: round(proxiedFigures.p50Ms - directFigures.p50Ms, 3),
      addedMeanMs: round(proxiedFigures.meanMs - directFigures.meanMs, 3),
      proxyCpuUsPerRequest: round(proxyCpu, 1),
      minimalCpuUsPerRequest: round(minimalCpu, 1),
      fetchHandlerCpuUsPerRequest: round(
        fetchHandlerFigures.serverCpuUsPerRequest - directFigures.serverCpuUsPerRequest,
        1,
      ),
      cpuRatioToMinimal: round(proxyCpu / minimalCpu, 2),
      minimalAddedP50Ms: round(minimalFigures.p50Ms - directFigures.p50Ms, 3),
      limiter,
      steady,
      cpus: availableParallelism(),
      loadAverage1mBefore,
    };
  } finally {
    send.close();
    child.kill('SIGTERM');
    await stats?.close();
    await redis?.close();
  }
}

/** Redis's own counters: the rate-limit script's calls (EVALSHA, EVAL) and its CPU time, from `INFO`. */
async function redisStats(
  redis: RedisServer,
): Promise<{ read(): Promise<{ commands: number; cpuUs: number }>; close(): Promise<void> }> {
  const client = createClient({ url: redis.url });
  client.on('error', () => undefined);
  await client.connect();
  const field = (info: string, pattern: RegExp) => Number(pattern.exec(info)?.[1] ?? 0);
  return {
    read: async () => {
      const info = await client.info('all');
      const commands = field(info, /cmdstat_evalsha:calls=(\d+)/) + field(info, /cmdstat_eval:calls=(\d+)/);
      const cpuUs = (field(info, /used_cpu_user:([\d.]+)/) + field(info, /used_cpu_sys:([\d.]+)/)) * 1e6;
      return { commands, cpuUs };
    },
    close: () => client.close(),
  };
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

/** Open-loop load: a request every 1/`rate` s for `durationMs`, each sent on time whatever the others take. */
async function paced(get: Get, target: Target, rate: number, durationMs: number): Promise<LoadSample> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const total = Math.round((rate * durationMs) / 1000);
  const answers: Promise<void>[] = [];
  for (let sent = 0; sent < total; sent += 1) {
    const wait = started + (sent * 1000) / rate - performance.now();
    if (wait >= 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const t0 = performance.now();
    answers.push(
      get(target).then(
        (status) => (status === 200 ? void latencies.push(performance.now() - t0) : void (errors += 1)),
        () => void (errors += 1),
      ),
    );
  }
  await Promise.all(answers);
  return { latencies, errors, elapsedMs: performance.now() - started };
}

function steadyFigures(rate: number, [direct, proxied, minimal, fetchHandler]: LoadFigures[]): SteadyFigures {
  if (direct === undefined || proxied === undefined || minimal === undefined || fetchHandler === undefined)
    throw new Error('bench: no steady samples');
  const net = (f: LoadFigures) => round(f.serverCpuUsPerRequest - direct.serverCpuUsPerRequest, 1);
  return {
    rate,
    proxyCpuUsPerRequest: net(proxied),
    minimalCpuUsPerRequest: net(minimal),
    fetchHandlerCpuUsPerRequest: net(fetchHandler),
    cpuRatioToMinimal: round(net(proxied) / net(minimal), 2),
    addedP50Ms: round(proxied.p50Ms - direct.p50Ms, 3),
    requests: direct.requests + proxied.requests + minimal.requests + fetchHandler.requests,
    errors: direct.errors + proxied.errors + minimal.errors + fetchHandler.errors,
  };
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
function startServers(
  nodeArgs: readonly string[],
  redisUrl: string | undefined,
): Promise<{ child: ChildProcess; endpoints: Endpoints }> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', THIS_FILE, '--serve'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    env: { ...process.env, LRV_BENCH_REDIS_URL: redisUrl ?? '' },
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
    'fetchHandlerUrl' in value &&
    typeof value.fetchHandlerUrl === 'string' &&
    'memoryLimitedUrl' in value &&
    typeof value.memoryLimitedUrl === 'string' &&
    'redisLimitedUrl' in value &&
    (value.redisLimitedUrl === null || typeof value.redisLimitedUrl === 'string') &&
    'payloadBytes' in value &&
    typeof value.payloadBytes === 'number'
  );
}

/**
 * Child side: the fake upstream serving the raw v3 fixture; in front of it the stand-alone proxy as the
 * `legit-report-proxy` command runs it (Node upstream transport, a JSON log line per request to stdout;
 * no rate limit, which the load would hit at once), the minimal node:http proxy, the fetch handler over Node's
 * own `fetch` served by @hono/node-server (a Node portal's wiring without `proxy/node`), and the same stand-alone
 * proxy with a rate limiter in memory and in Redis (limits no request reaches: every request counted, none refused).
 */
async function serveForBench(): Promise<void> {
  const [
    { startFakeUpstream },
    { jsonLinesLogger, startNodeProxy },
    { startMinimalProxy },
    { RedisRateLimitStore },
    { createLegitProxy },
    { getRequestListener },
  ] = await Promise.all([
    import('../test/support/fake-upstream.ts'),
    import('../src/proxy/node-runner.ts'),
    import('./minimal-proxy.ts'),
    import('../src/proxy/redis.ts'),
    import('../src/proxy/index.ts'),
    import('@hono/node-server'),
  ]);
  const payload = readFileSync(new URL('../fixtures/raw-v3-acne.json', import.meta.url));
  const upstream = await startFakeUpstream({ token: TOKEN });
  upstream.respondWith({ kind: 'raw', body: payload, headers: { 'content-type': 'application/json' } });
  // The fake records every request; the bench would otherwise grow that list without bound.
  setInterval(() => upstream.requests.splice(0), 1_000).unref();
  const minimal = await startMinimalProxy(upstream.baseUrl, TOKEN);
  const base = { apiBaseUrl: upstream.baseUrl, apiToken: TOKEN, logger: jsonLinesLogger };
  const never = { limit: Number.MAX_SAFE_INTEGER, windowMs: 60_000 };
  const listen = (options: Parameters<typeof startNodeProxy>[0]) =>
    new Promise<{ url: string; close: () => void }>((resolve) => {
      const { server } = startNodeProxy(options, { port: 0, hostname: '127.0.0.1' }, (port) =>
        resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() }),
      );
    });
  const plain = await listen({ ...base, rateLimit: false });
  const fetchHandlerServer = createServer(getRequestListener(createLegitProxy({ ...base, rateLimit: false }).fetch));
  const fetchHandler = await new Promise<{ url: string; close: () => void }>((resolve) =>
    fetchHandlerServer.listen(0, '127.0.0.1', () => {
      const { port } = fetchHandlerServer.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => fetchHandlerServer.close() });
    }),
  );
  const memory = await listen({ ...base, rateLimit: never });
  const redisUrl = process.env.LRV_BENCH_REDIS_URL;
  let redisLimited: { url: string; close: () => void } | undefined;
  if (redisUrl) {
    const client = createClient({ url: redisUrl, disableOfflineQueue: true });
    await client.connect();
    const store = new RedisRateLimitStore({ client, failOpen: false });
    redisLimited = await listen({ ...base, rateLimit: { ...never, store } });
  }
  process.stdout.write(
    `${JSON.stringify({
      upstreamBaseUrl: upstream.baseUrl,
      proxyUrl: plain.url,
      minimalUrl: minimal.url,
      fetchHandlerUrl: fetchHandler.url,
      memoryLimitedUrl: memory.url,
      redisLimitedUrl: redisLimited?.url ?? null,
      payloadBytes: payload.byteLength,
    })}
`,
  );
  process.on('message', () => {
    const usage = process.cpuUsage();
    process.send?.(usage.user + usage.system);
  });
  process.once('SIGTERM', () => {
    process.disconnect?.();
    for (const server of [plain, fetchHandler, memory, redisLimited]) server?.close();
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
    row("fetch handler over Node's fetch", figures.fetchHandler),
    ...(figures.limiter ? [row('proxy + memory limiter', figures.limiter.memory)] : []),
    ...(figures.limiter?.redis ? [row('proxy + Redis limiter', figures.limiter.redis.figures)] : []),
  ]);
  const limiter = figures.limiter;
  if (limiter)
    console.table([
      {
        'memory limiter µs CPU/req': limiter.memoryCpuUsPerRequest,
        'Redis limiter µs CPU/req (proxy)': limiter.redis?.proxyCpuUsPerRequest ?? 'no redis-server',
        'redis-server µs CPU/req': limiter.redis?.redisCpuUsPerRequest ?? '-',
        'Redis round trips/req': limiter.redis?.roundTripsPerRequest ?? '-',
      },
    ]);
  console.table([
    {
      'throughput ratio (proxy/direct)': figures.throughputRatio,
      'p50 latency ratio': figures.latencyRatio,
      'added p50 ms': figures.addedP50Ms,
      'added mean ms': figures.addedMeanMs,
      'proxy µs CPU/req': figures.proxyCpuUsPerRequest,
      'minimal µs CPU/req': figures.minimalCpuUsPerRequest,
      'fetch handler over fetch µs CPU/req': figures.fetchHandlerCpuUsPerRequest,
      'CPU ratio proxy/minimal': figures.cpuRatioToMinimal,
    },
  ]);
  const steady = figures.steady;
  console.log(
    `the same at a steady ${steady.rate} requests a second (server µs CPU per request, minus the upstream's):`,
  );
  console.table([
    {
      proxy: steady.proxyCpuUsPerRequest,
      minimal: steady.minimalCpuUsPerRequest,
      "fetch handler over Node's fetch": steady.fetchHandlerCpuUsPerRequest,
      'CPU ratio proxy/minimal': steady.cpuRatioToMinimal,
      'added p50 ms': steady.addedP50Ms,
      errors: steady.errors,
    },
  ]);
}

const invokedDirectly = process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url;
if (process.argv.includes('--serve')) {
  await serveForBench();
} else if (invokedDirectly) {
  printTable(await runProxyBench());
}
