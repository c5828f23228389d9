import { describe, expect, it } from 'vitest';
import { buildPdfUrl, buildReportUrl } from '../../../src/fetching/request';

describe('buildReportUrl', () => {
  it.each([
    // [proxyUrl, id, format, locale, expected]
    ['/api/legit', 'abc', 'raw', undefined, '/api/legit/anonymous-diagnostic-reports/abc?format=raw'],
    ['/api/legit/', 'abc', 'fhir', 'es', '/api/legit/anonymous-diagnostic-reports/abc?format=fhir&locale=es'],
    ['/api/legit//', 'abc', 'raw', 'en', '/api/legit/anonymous-diagnostic-reports/abc?format=raw&locale=en'],
    [
      'https://portal.example/legit',
      'abc',
      'raw',
      undefined,
      'https://portal.example/legit/anonymous-diagnostic-reports/abc?format=raw',
    ],
    ['', 'abc', 'raw', undefined, '/anonymous-diagnostic-reports/abc?format=raw'],
    ['/api/legit', 'a/b+c==', 'raw', undefined, '/api/legit/anonymous-diagnostic-reports/a%2Fb%2Bc%3D%3D?format=raw'],
    [
      '/api/legit',
      '../../admin',
      'raw',
      undefined,
      '/api/legit/anonymous-diagnostic-reports/..%2F..%2Fadmin?format=raw',
    ],
    [
      '/api/legit',
      'x?format=pdf#y',
      'raw',
      undefined,
      '/api/legit/anonymous-diagnostic-reports/x%3Fformat%3Dpdf%23y?format=raw',
    ],
    [
      '/api/legit',
      'abc',
      'raw',
      'en&format=pdf',
      '/api/legit/anonymous-diagnostic-reports/abc?format=raw&locale=en%26format%3Dpdf',
    ],
    ['/api/legit', 'abc', 'raw', '', '/api/legit/anonymous-diagnostic-reports/abc?format=raw'],
  ] as const)('%s + %s (%s, %s)', (proxyUrl, id, format, locale, expected) => {
    expect(buildReportUrl(proxyUrl, id, format, locale)).toBe(expected);
  });

  it('keeps a base64 id with / + = inside one path segment that decodes back to the id', () => {
    const id = 'q1w2/E3r4+T5y6u7==';
    const url = new URL(buildReportUrl('/api/legit', id, 'raw'), 'https://portal.example');
    const segments = url.pathname.split('/');
    expect(segments).toHaveLength(5);
    expect(decodeURIComponent(segments[4] ?? '')).toBe(id);
    expect(url.searchParams.get('format')).toBe('raw');
  });
});

describe('buildPdfUrl', () => {
  it.each([
    ['/api/legit', 'a/b+c=', undefined, '/api/legit/anonymous-diagnostic-reports/a%2Fb%2Bc%3D?format=pdf'],
    ['/api/legit/', 'abc', 'es', '/api/legit/anonymous-diagnostic-reports/abc?format=pdf&locale=es'],
  ] as const)('%s + %s (%s)', (proxyUrl, id, locale, expected) => {
    expect(buildPdfUrl(proxyUrl, id, locale)).toBe(expected);
  });
});
