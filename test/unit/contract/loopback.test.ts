import { describe, expect, it } from 'vitest';
import { isLoopbackHostname } from '../../../src/contract/loopback';
import { checkReportUrl } from '../../../src/report/url-policy';

// One rule for both halves: `localhost`, an IPv4 literal in 127.0.0.0/8, or `[::1]`, as URL parsing spells them.
const hostOf = (url: string): string => new URL(url).hostname;

describe('isLoopbackHostname', () => {
  it.each([
    ['localhost', 'http://localhost:5173/'],
    ['localhost in capitals (URL lowercases it)', 'http://LOCALHOST/'],
    ['127.0.0.1', 'http://127.0.0.1/'],
    ['another address in 127/8', 'http://127.0.0.2:8080/'],
    ['the top of 127/8', 'http://127.255.255.255/'],
    ['the short form 127.1 (URL expands it)', 'http://127.1/'],
    ['a decimal integer (URL expands it)', 'http://2130706433/'],
    ['[::1]', 'http://[::1]:3000/'],
    ['[::1] written out in full', 'http://[0:0:0:0:0:0:0:1]/'],
  ])('accepts %s', (_label, url) => {
    expect(isLoopbackHostname(hostOf(url))).toBe(true);
  });

  it.each([
    ['a DNS name that starts with 127.', 'http://127.attacker.example/'],
    ['a DNS name under 127.0.0.1', 'http://127.0.0.1.attacker.example/'],
    ['a DNS name that starts with localhost', 'http://localhost.attacker.example/'],
    ['localhost with a trailing dot', 'http://localhost./'],
    ['a subdomain of localhost', 'http://app.localhost/'],
    ['128.0.0.1', 'http://128.0.0.1/'],
    ['0.0.0.0', 'http://0.0.0.0/'],
    ['another IPv6 address', 'http://[::2]/'],
    ['an IPv4-mapped IPv6 address', 'http://[::ffff:127.0.0.1]/'],
    ['a remote host', 'http://portal.example/'],
  ])('refuses %s', (_label, url) => {
    expect(isLoopbackHostname(hostOf(url))).toBe(false);
  });

  it('refuses text that is not a hostname as URL parsing spells it', () => {
    expect(isLoopbackHostname('127.0.0.01')).toBe(false);
    expect(isLoopbackHostname('127.0.0.256')).toBe(false);
    expect(isLoopbackHostname('::1')).toBe(false);
    expect(isLoopbackHostname('')).toBe(false);
  });
});

describe('the report URL policy uses the same rule', () => {
  it('lets http: through to any address in 127/8 (in development)', () => {
    expect(checkReportUrl('http://127.0.0.2/a.png', { allowHttpLoopbackUrls: true })).toEqual({
      ok: true,
      url: 'http://127.0.0.2/a.png',
    });
  });

  it('refuses http: to a name that only looks like a loopback address', () => {
    expect(checkReportUrl('http://127.attacker.example/a.png', { allowHttpLoopbackUrls: true })).toEqual({
      ok: false,
      reason: 'http: is allowed only to localhost',
    });
  });
});
