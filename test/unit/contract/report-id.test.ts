import { describe, expect, it } from 'vitest';
import { describeInvalidReportId, isValidReportId } from '../../../src/contract/report-id';
import { reportPath } from '../../../src/contract/report-path';

describe('isValidReportId', () => {
  it.each([
    'cUVHY3lUcEFSdzdhVklrMXFKS2k5ZzBxaHBYWXNERTNFWjBqR0Rwd3AxeXkrc2hqNDNCdC8rM1NtUVhobEk0eQ==',
    '0189bafa-0610-7349-a0ab-eb53695b27fd',
    'abc_DEF-123+/=',
    'a'.repeat(8),
    'a'.repeat(512),
  ])('accepts %j', (id) => {
    expect(isValidReportId(id)).toBe(true);
  });

  it.each([
    ['too short', 'a'.repeat(7)],
    ['too long', 'a'.repeat(513)],
    ['empty', ''],
    ['path traversal', 'abcd/../efgh'],
    ['dots', 'abcdefgh..'],
    ['query', 'abcdefgh?x=1'],
    ['fragment', 'abcdefgh#frag'],
    ['space', 'abcd efgh'],
    ['tab', 'abcd\tefgh'],
    ['newline', 'abcdefgh\n'],
    ['NUL', 'abcd\u0000efgh'],
    ['DEL', 'abcd\u007fefgh'],
    ['percent-encoded', 'abcd%2F..%2Fefgh'],
    ['backslash', 'abcd\\efgh'],
    ['unicode lookalike', 'abcdеfgh'],
    ['quote', 'abcd"efgh'],
  ])('refuses %s', (_label, id) => {
    expect(isValidReportId(id)).toBe(false);
    expect(describeInvalidReportId(id)).toEqual(expect.any(String));
  });

  it('describes non-strings instead of throwing', () => {
    expect(describeInvalidReportId(42)).toMatch(/number/);
    expect(describeInvalidReportId(null)).toMatch(/null/);
  });
});

describe('reportPath', () => {
  it('escapes the base64 characters that mean something in a path', () => {
    expect(reportPath('ab/cd+ef==', { format: 'raw' })).toBe(
      '/anonymous-diagnostic-reports/ab%2Fcd%2Bef%3D%3D?format=raw',
    );
    expect(reportPath('0189bafa-0610-7349', { format: 'pdf', locale: 'es' })).toBe(
      '/anonymous-diagnostic-reports/0189bafa-0610-7349?format=pdf&locale=es',
    );
  });

  it('leaves an empty locale out', () => {
    expect(reportPath('abcdefgh', { format: 'fhir', locale: '' })).toBe(
      '/anonymous-diagnostic-reports/abcdefgh?format=fhir',
    );
  });
});
