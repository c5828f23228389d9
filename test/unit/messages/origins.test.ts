import { describe, expect, it } from 'vitest';
import { LegitConfigError } from '../../../src/messages/errors';
import { createMessageGuard } from '../../../src/messages/guard';
import { normalizeAllowedOrigins, normalizeOrigin } from '../../../src/messages/origins';

const ID = 'cUVHY3lUcEFSdzdhVklrMXFKS2k5ZzBxaHBYWXNERTNFWjBqR0Rwd3AxeXkrc2hqNDNCdC8rM1NtUVhobEk0eQ==';
const message = { message: 'analysis_completed', id: ID };

describe('configured origins', () => {
  it.each([
    ['https://iframe.legit.health', 'https://iframe.legit.health'],
    ['https://iframe.legit.health/', 'https://iframe.legit.health'],
    ['HTTPS://IFRAME.LEGIT.HEALTH', 'https://iframe.legit.health'],
    ['https://Iframe.Legit.Health/', 'https://iframe.legit.health'],
    ['https://iframe.legit.health:443', 'https://iframe.legit.health'],
    ['  https://iframe-pre.legit.health  ', 'https://iframe-pre.legit.health'],
    ['http://127.0.0.1:5173', 'http://127.0.0.1:5173'],
  ])('%j normalises to %j', (entry, expected) => {
    expect(normalizeOrigin(entry)).toBe(expected);
  });

  it.each([
    ['*', /wildcard/],
    ['https://*.legit.health', /wildcard/],
    ['null', /"null"/],
    ['iframe.legit.health', /not an origin/],
    ['', /not an origin/],
    ['https://evil.example/iframe.legit.health', /path, query or fragment/],
    ['https://iframe.legit.health/path', /path, query or fragment/],
    ['https://iframe.legit.health/?x=1', /path, query or fragment/],
    ['https://iframe.legit.health?', /path, query or fragment/],
    ['https://iframe.legit.health#', /path, query or fragment/],
    ['https://user:pw@iframe.legit.health', /credentials/],
    ['file:///etc/passwd', /https:/],
    ['javascript:alert(1)', /https:/],
    ['data:text/html,x', /https:/],
  ])('%j is a configuration error (%s)', (entry, message) => {
    expect(() => normalizeOrigin(entry)).toThrow(LegitConfigError);
    expect(() => normalizeOrigin(entry)).toThrow(message);
  });

  it('names the offending entry and refuses an empty list', () => {
    expect(() => normalizeAllowedOrigins(['https://iframe.legit.health', '*'])).toThrow(/allowedOrigins\[1\]/);
    expect(() => normalizeAllowedOrigins([])).toThrow(/empty/);
    expect(() => createMessageGuard({ allowedOrigins: ['https://evil.example/iframe.legit.health'] })).toThrow(
      LegitConfigError,
    );
  });

  it('defaults to production only and deduplicates', () => {
    expect(normalizeAllowedOrigins(undefined)).toEqual(['https://iframe.legit.health']);
    expect(normalizeAllowedOrigins(['https://iframe.legit.health/', 'HTTPS://iframe.legit.health'])).toEqual([
      'https://iframe.legit.health',
    ]);
  });
});

describe('event origins are compared exactly against the default allowlist', () => {
  const guard = createMessageGuard();
  const at = (origin: string) => guard({ origin, source: null, data: message });

  it('accepts the production origin', () => {
    expect(at('https://iframe.legit.health')).toEqual({
      ok: true,
      event: { type: 'analysis_completed', reportId: ID },
    });
  });

  it.each([
    ['scheme downgrade', 'http://iframe.legit.health'],
    ['another port', 'https://iframe.legit.health:8443'],
    ['suffix attack', 'https://iframe.legit.health.evil.example'],
    ['prefix attack', 'https://xiframe.legit.health'],
    ['parent domain', 'https://legit.health'],
    ['pre-production without opt-in', 'https://iframe-pre.legit.health'],
    ['upper case in the event', 'https://IFRAME.legit.health'],
    ['trailing slash in the event', 'https://iframe.legit.health/'],
    ['path in the event', 'https://evil.example/iframe.legit.health'],
    ['opaque origin', 'null'],
    ['empty', ''],
    ['wildcard', '*'],
  ])('refuses %s (%j)', (_label, origin) => {
    expect(at(origin)).toMatchObject({ ok: false, reason: 'origin' });
  });

  it('explains a "null" origin specifically', () => {
    const result = at('null');
    expect(!result.ok && result.detail).toMatch(/"null"/);
  });

  it('accepts a normalised configured entry only in its exact browser form', () => {
    const g = createMessageGuard({ allowedOrigins: ['HTTPS://IFRAME-PRE.LEGIT.HEALTH/'] });
    expect(g({ origin: 'https://iframe-pre.legit.health', source: null, data: message }).ok).toBe(true);
    expect(g({ origin: 'https://iframe.legit.health', source: null, data: message }).ok).toBe(false);
  });
});
