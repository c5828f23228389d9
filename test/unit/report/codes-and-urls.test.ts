import { describe, expect, it } from 'vitest';
import { codeKey } from '../../../src/report';
import { checkReportUrl } from '../../../src/report/url-policy';

describe('codeKey', () => {
  it.each([
    ['HEAD_FRONT', 'headFront', 'headfront'],
    ['APASI_LOCAL', 'apasiLocal', 'apasilocal'],
    ['ALEGI', 'alegi', 'alegi'],
    ['TRUNK_FRONT', 'trunk-front', 'trunkfront'],
    ['Palmoplantar psoriasis', 'palmoplantarPsoriasis', 'palmoplantarpsoriasis'],
  ])('%s ≡ %s → %s', (older, newer, key) => {
    expect(codeKey(older)).toBe(key);
    expect(codeKey(newer)).toBe(key);
  });

  it.each([
    ['7PC', '7pc'],
    ['sevenPc', 'sevenpc'],
    ['Ünïcode_Çode', 'ünïcodeçode'],
    ['', ''],
  ])('keeps letters and digits of %s', (code, key) => {
    expect(codeKey(code)).toBe(key);
  });

  it('does not equate codes that differ in letters', () => {
    expect(codeKey('PASI_LOCAL')).not.toBe(codeKey('apasiLocal'));
  });
});

describe('checkReportUrl', () => {
  it.each([
    'https://legit-dev.s3.eu-west-3.amazonaws.com/diagnostic-report-medias/bbb.png',
    'https://iframe.legit.health?companyId=XXXX&diagnosticReportId=signedId',
    'https://bucket.example.org/a.png?X-Amz-Signature=abc&X-Amz-Credential=def',
  ])('keeps %s exactly as sent', (url) => {
    expect(checkReportUrl(url)).toEqual({ ok: true, url });
  });

  const LOOPBACK = [
    'http://localhost:5173/a.png',
    'http://127.0.0.1/a.png',
    // One loopback rule with the proxy (src/contract/loopback.ts): all of 127/8.
    'http://127.0.0.2/a.png',
    'http://[::1]:8080/a.png',
  ];

  it.each(LOOPBACK)('refuses %s in production (a report must not make the browser call local services)', (url) => {
    expect(checkReportUrl(url)).toEqual({
      ok: false,
      reason: 'http: to localhost is allowed only in development (allowHttpLoopbackUrls)',
    });
  });

  it.each(LOOPBACK)('keeps %s exactly as sent with allowHttpLoopbackUrls (development)', (url) => {
    expect(checkReportUrl(url, { allowHttpLoopbackUrls: true })).toEqual({ ok: true, url });
  });

  it('refuses http: to a remote host even with allowHttpLoopbackUrls', () => {
    expect(checkReportUrl('http://127.attacker.example/a.png', { allowHttpLoopbackUrls: true })).toEqual({
      ok: false,
      reason: 'http: is allowed only to localhost',
    });
  });

  it.each([
    ['javascript:alert(1)', 'scheme javascript: is not allowed'],
    ['JAVASCRIPT:alert(1)', 'scheme javascript: is not allowed'],
    ['data:text/html,<script>alert(1)</script>', 'scheme data: is not allowed'],
    ['blob:https://example.org/uuid', 'scheme blob: is not allowed'],
    ['ftp://example.org/a.png', 'scheme ftp: is not allowed'],
    ['http://evil.example/a.png', 'http: is allowed only to localhost'],
    ['http://localhost.evil.example/a.png', 'http: is allowed only to localhost'],
    ['http://127.attacker.example/a.png', 'http: is allowed only to localhost'],
    ['//evil.example/a.png', 'not an absolute URL'],
    ['', 'not an absolute URL'],
    ['https://u:p@example.org/', 'URL carries user credentials'],
    ['https://utils.legit.health/pdf?apiKey=a', 'URL carries an API credential'],
    ['https://utils.legit.health/pdf?x=1&AUTH_KEY=a', 'URL carries an API credential'],
    ['https://utils.legit.health/pdf#apiKey=a', 'URL carries an API credential'],
    // The proxy's names (src/contract/credential-params.ts), percent-encoded names included.
    ['https://utils.legit.health/pdf?%61piKey=a', 'URL carries an API credential'],
    ['https://utils.legit.health/pdf?auth-key=a', 'URL carries an API credential'],
    ['https://cdn.example.org/a.png?token=t', 'URL carries an API credential'],
  ])('refuses %s: %s', (url, reason) => {
    expect(checkReportUrl(url)).toEqual({ ok: false, reason });
  });
});
