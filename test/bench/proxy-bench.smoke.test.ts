// Keeps bench/proxy.bench.ts runnable: a very short run must complete with no failed requests.
// (Speed itself is never asserted here; the bench prints figures.) Its own Vitest project, run
// after the others, so its load workers never compete with timing-sensitive proxy tests.
import { describe, expect, it } from 'vitest';
import { runProxyBench } from '../../bench/proxy.bench.ts';

describe('runProxyBench', () => {
  it('measures every target (direct, the proxy, the minimal proxy, the fetch handler) without errors and reports finite ratios', async () => {
    const figures = await runProxyBench({ durationMs: 300, warmupMs: 100, concurrency: 2 });
    expect(figures.direct.requests).toBeGreaterThan(0);
    expect(figures.proxied.requests).toBeGreaterThan(0);
    expect(figures.minimal.requests).toBeGreaterThan(0);
    expect(figures.fetchHandler.requests).toBeGreaterThan(0);
    expect(figures.direct.errors + figures.proxied.errors + figures.minimal.errors + figures.fetchHandler.errors).toBe(
      0,
    );
    expect(Number.isFinite(figures.cpuRatioToMinimal)).toBe(true);
    expect(Number.isFinite(figures.throughputRatio)).toBe(true);
    expect(Number.isFinite(figures.addedP50Ms)).toBe(true);
    expect(figures.payloadBytes).toBeGreaterThan(1_000);
    // The servers' CPU per request comes from the child over IPC: it must be a real reading for both targets.
    expect(figures.direct.serverCpuUsPerRequest).toBeGreaterThan(0);
    expect(figures.proxied.serverCpuUsPerRequest).toBeGreaterThan(0);
    expect(Number.isFinite(figures.proxyCpuUsPerRequest)).toBe(true);
    expect(figures.fetchHandler.serverCpuUsPerRequest).toBeGreaterThan(0);
    // The limiter rows ran too (redis-server is installed wherever the tests run: .ci/run sees to it).
    expect(figures.limiter?.memory.requests).toBeGreaterThan(0);
    expect(figures.limiter?.redis?.figures.requests).toBeGreaterThan(0);
    expect((figures.limiter?.memory.errors ?? 1) + (figures.limiter?.redis?.figures.errors ?? 1)).toBe(0);
    expect(figures.limiter?.redis?.roundTripsPerRequest).toBeGreaterThan(0);
    // The steady-rate part sent its requests (1,000 a second for 4 × 300 ms), and all were answered.
    expect(figures.steady.requests).toBeGreaterThan(1_000);
    expect(figures.steady.errors).toBe(0);
    expect(Number.isFinite(figures.steady.proxyCpuUsPerRequest)).toBe(true);
  }, 30_000);
});
