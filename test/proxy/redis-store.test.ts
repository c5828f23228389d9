// Rate limits shared through a real Redis (redis-server started by the test): atomic counts, two proxy
// processes enforcing one limit, and Redis stopped mid-test failing open or closed as configured.
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLegitProxy } from '../../src/proxy/index.ts';
import { RedisRateLimitStore } from '../../src/proxy/redis.ts';
import { startFakeUpstream, type FakeUpstream } from '../support/fake-upstream.ts';
import { startRedisServer, type RedisServer } from '../support/redis-server.ts';
import { startCli, type RunningCli } from './cli-runner.ts';
import { capturingLogger, TOKEN } from './harness.ts';

let redis: RedisServer;
let upstream: FakeUpstream;
beforeAll(async () => {
  redis = await startRedisServer();
  upstream = await startFakeUpstream({ token: TOKEN });
}, 30_000);
afterAll(async () => {
  await upstream.close();
  await redis.close();
});

async function connected(url = redis.url) {
  const client = createClient({ url, disableOfflineQueue: true, socket: { reconnectStrategy: () => 50 } });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

const reportPath = '/anonymous-diagnostic-reports/abcdefgh12?format=raw';

describe('RedisRateLimitStore', () => {
  it('counts in fixed windows that Redis expires, one bucket per key', async () => {
    const client = await connected();
    try {
      const store = new RedisRateLimitStore({ client, prefix: 't1:' });
      const before = Date.now();
      const first = await store.increment('a', 60_000);
      expect(first.count).toBe(1);
      expect(first.resetAt).toBeGreaterThan(before + 59_000);
      expect(first.resetAt).toBeLessThanOrEqual(Date.now() + 60_000);
      expect((await store.increment('a', 60_000)).count).toBe(2);
      expect((await store.increment('b', 60_000)).count).toBe(1);
      const ttl = await client.pTTL('t1:a');
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
    } finally {
      await client.close();
    }
  });

  it('is atomic: 60 concurrent counts from two clients give exactly 1..60', async () => {
    const [one, two] = [await connected(), await connected()];
    try {
      const stores = [
        new RedisRateLimitStore({ client: one, prefix: 't2:' }),
        new RedisRateLimitStore({ client: two, prefix: 't2:' }),
      ];
      const counts = await Promise.all(
        Array.from({ length: 60 }, (_, i) => stores[i % 2]?.increment('shared', 60_000)),
      );
      expect(counts.map((c) => c?.count).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
        Array.from({ length: 60 }, (_, i) => i + 1),
      );
    } finally {
      await one.close();
      await two.close();
    }
  });

  it('loads its script again when Redis has forgotten it (SCRIPT FLUSH, a restart)', async () => {
    const client = await connected();
    try {
      const store = new RedisRateLimitStore({ client, prefix: 't3:' });
      expect((await store.increment('k', 60_000)).count).toBe(1);
      await client.scriptFlush();
      expect((await store.increment('k', 60_000)).count).toBe(2);
    } finally {
      await client.close();
    }
  });

  it('with Redis unreachable, serves uncounted by default (logged once) or refuses with 503 when fail-closed', async () => {
    const down = await startRedisServer();
    const client = await connected(down.url);
    await down.close();
    await expect.poll(() => client.isReady).toBe(false);
    try {
      const proxyWith = (failOpen: boolean) => {
        const { logger, lines } = capturingLogger();
        const store = new RedisRateLimitStore({ client, failOpen });
        const proxy = createLegitProxy({
          apiBaseUrl: upstream.baseUrl,
          apiToken: TOKEN,
          logger,
          rateLimit: { limit: 5, windowMs: 60_000, store, key: () => 'client' },
        });
        return { proxy, lines };
      };
      const open = proxyWith(true);
      const openStatuses = [];
      for (let i = 0; i < 3; i += 1)
        openStatuses.push((await open.proxy.fetch(new Request(`https://p.example${reportPath}`))).status);
      expect(openStatuses).toEqual([200, 200, 200]);
      expect(open.lines.filter((l) => l.entry.event === 'rate_limit_store_unavailable')).toHaveLength(1);
      expect(open.lines.filter((l) => l.entry.event === 'request').map((l) => l.entry.rateLimit)).toEqual(
        Array(3).fill('store-down-allowed'),
      );

      const closed = proxyWith(false);
      const refused = await closed.proxy.fetch(new Request(`https://p.example${reportPath}`));
      expect(refused.status).toBe(503);
      expect(await refused.json()).toMatchObject({ code: 'RATE_LIMIT_UNAVAILABLE' });
    } finally {
      client.destroy();
    }
  });
});

describe('two proxy processes on one Redis', () => {
  const env = (extra: Record<string, string> = {}) => ({
    LEGIT_API_URL: upstream.baseUrl,
    LEGIT_API_TOKEN: TOKEN,
    LEGIT_AUTH: 'none',
    LEGIT_RATE_LIMIT: '3',
    LEGIT_RATE_LIMIT_REDIS_URL: redis.url,
    ...extra,
  });
  const statusOf = async (cli: RunningCli) => {
    const response = await fetch(`${cli.url}${reportPath}`);
    await response.arrayBuffer();
    return response.status;
  };

  it('enforce one limit between them (3 a minute for this client, whichever instance it reaches)', async () => {
    const [a, b] = await Promise.all([startCli(env()), startCli(env())]);
    try {
      const statuses = [];
      for (const cli of [a, b, a, b, a, b]) statuses.push(await statusOf(cli));
      expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }, 60_000);

  it('when Redis stops: the fail-open one serves and logs it, the fail-closed one answers 503; both count again after', async () => {
    const [open, closed] = await Promise.all([
      startCli(env({ LEGIT_RATE_LIMIT: '100' })),
      startCli(env({ LEGIT_RATE_LIMIT: '100', LEGIT_RATE_LIMIT_FAIL: 'closed' })),
    ]);
    try {
      expect([await statusOf(open), await statusOf(closed)]).toEqual([200, 200]);
      await redis.stop();
      expect([await statusOf(open), await statusOf(open), await statusOf(closed)]).toEqual([200, 200, 503]);
      const warnings = open
        .output()
        .stderr.split('\n')
        .filter((line) => line.includes('"rate_limit_store_unavailable"'));
      expect(warnings).toHaveLength(1);
      await redis.start();
      // The clients reconnect on their own; the counts start again from an empty Redis.
      await expect.poll(() => statusOf(closed), { timeout: 15_000, interval: 200 }).toBe(200);
      await expect
        .poll(async () => (await fetch(`${open.url}${reportPath}`)).headers.get('ratelimit-limit'), {
          timeout: 15_000,
          interval: 200,
        })
        .toBe('100');
    } finally {
      await Promise.all([open.stop(), closed.stop()]);
    }
  }, 60_000);
});
