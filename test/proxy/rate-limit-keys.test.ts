// Whose bucket a request counts in: never one bucket shared by the whole clinic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLegitProxy, type LegitProxyOptions } from '../../src/proxy/index.ts';
import { addressBucket } from '../../src/proxy/rate-limit-key.ts';
import { startFakeUpstream, type FakeUpstream } from '../support/fake-upstream.ts';
import { capturingLogger, TOKEN } from './harness.ts';

let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await startFakeUpstream({ token: TOKEN });
});
afterAll(() => upstream.close());

/** The proxy called as a Next.js route handler or an edge runtime calls it: `fetch(request)`, no peer address. */
function inProcessProxy(options: Partial<LegitProxyOptions>) {
  const { logger, lines } = capturingLogger();
  const proxy = createLegitProxy({ apiBaseUrl: upstream.baseUrl, apiToken: TOKEN, logger, ...options });
  return { proxy, lines };
}

const reportRequest = (init: RequestInit = {}, id = 'abcdefgh12') =>
  new Request(`https://portal.example/anonymous-diagnostic-reports/${id}?format=raw`, init);

/** The bindings `@hono/node-server` passes as `env`, holding the TCP peer address. */
const peer = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

const sessionAuthorize: LegitProxyOptions['authorize'] = (request) => {
  const session = /sid=(\w+)/.exec(request.headers.get('cookie') ?? '')?.[1];
  return session === undefined ? false : { principal: `clinician-${session}` };
};

describe('without a peer address (Next.js route handlers, edge runtimes)', () => {
  it('an anonymous client sending malformed ids and refused requests does not use up a clinician’s budget', async () => {
    const { proxy } = inProcessProxy({ authorize: sessionAuthorize }); // the default limit: 60 a minute
    const statuses = new Map<number, number>();
    for (let i = 0; i < 70; i += 1) {
      for (const request of [reportRequest({}, 'bad'), reportRequest()]) {
        const status = (await proxy.fetch(request)).status;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }
    expect(Object.fromEntries(statuses)).toEqual({ 400: 70, 403: 70 });
    const clinician = await proxy.fetch(reportRequest({ headers: { cookie: 'sid=a' } }));
    expect(clinician.status).toBe(200);
    expect(clinician.headers.get('ratelimit-remaining')).toBe('59');
  });

  it('counts each principal in its own bucket', async () => {
    const { proxy } = inProcessProxy({ authorize: sessionAuthorize, rateLimit: { limit: 2, windowMs: 60_000 } });
    const as = (sid: string) => proxy.fetch(reportRequest({ headers: { cookie: `sid=${sid}` } }));
    expect([(await as('a')).status, (await as('a')).status, (await as('a')).status]).toEqual([200, 200, 429]);
    expect((await as('b')).status).toBe(200);
  });

  it('counts a request with no principal, key or address against nobody, and logs that once', async () => {
    const { proxy, lines } = inProcessProxy({ rateLimit: { limit: 1, windowMs: 60_000 } });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await proxy.fetch(reportRequest())).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    const warnings = lines.filter((l) => l.entry.event === 'rate_limit_no_client_key');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.level).toBe('warn');
    const requests = lines.filter((l) => l.entry.event === 'request');
    expect(requests.map((l) => l.entry.rateLimit)).toEqual(Array(4).fill('no-client-key'));
  });

  it('uses rateLimit.key when authorize names no principal, and the principal when it does', async () => {
    const { proxy } = inProcessProxy({
      authorize: (request) => (request.headers.has('cookie') ? { principal: 'clinician-a' } : true),
      rateLimit: { limit: 1, windowMs: 60_000, key: (request) => request.headers.get('x-client-ip') ?? undefined },
    });
    const from = (ip: string, cookie?: string) =>
      proxy.fetch(reportRequest({ headers: { 'x-client-ip': ip, ...(cookie ? { cookie } : {}) } }));
    expect((await from('10.0.0.1')).status).toBe(200);
    expect((await from('10.0.0.1')).status).toBe(429);
    expect((await from('10.0.0.2')).status).toBe(200);
    // Signed in, the same address is the principal's bucket, not the address's.
    expect((await from('10.0.0.1', 'sid=a')).status).toBe(200);
    expect((await from('10.0.0.2', 'sid=a')).status).toBe(429);
  });
});

describe('by peer address', () => {
  it('puts IPv6 clients of one /64 in one bucket, and another /64 in its own', async () => {
    const { proxy } = inProcessProxy({ rateLimit: { limit: 3, windowMs: 60_000 } });
    const statuses = [];
    for (let i = 1; i <= 5; i += 1) statuses.push((await proxy.fetch(reportRequest(), peer(`2001:db8::${i}`))).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect((await proxy.fetch(reportRequest(), peer('2001:db8:0:1::1'))).status).toBe(200);
  });

  it('treats an IPv4-mapped IPv6 address as the IPv4 address', async () => {
    const { proxy } = inProcessProxy({ rateLimit: { limit: 1, windowMs: 60_000 } });
    expect((await proxy.fetch(reportRequest(), peer('::ffff:192.0.2.7'))).status).toBe(200);
    expect((await proxy.fetch(reportRequest(), peer('192.0.2.7'))).status).toBe(429);
    expect((await proxy.fetch(reportRequest(), peer('192.0.2.8'))).status).toBe(200);
  });
});

describe('addressBucket', () => {
  it.each([
    ['192.0.2.7', '192.0.2.7'],
    ['::ffff:192.0.2.7', '192.0.2.7'],
    ['::ffff:c000:0207', '192.0.2.7'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:0db8:0000:0000:ffff:ffff:ffff:ffff', '2001:db8:0:0::/64'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:DB8:1:2::', '2001:db8:1:2::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['::', '0:0:0:0::/64'],
    ['64:ff9b::192.0.2.7', '64:ff9b:0:0::/64'],
  ])('%s → %s', (address, bucket) => {
    expect(addressBucket(address)).toBe(bucket);
  });

  it.each(['1:2:3:4:5:6:7:8:9', '1::2::3', '12345::1', 'g::1', '1:2:3:4:5:6:7:8::'])(
    'keeps %s, which is not an IPv6 address, as it is',
    (address) => {
      expect(addressBucket(address)).toBe(address);
    },
  );
});
