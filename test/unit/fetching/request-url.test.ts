import { describe, expect, it } from 'vitest';
import { LegitReportError } from '../../../src/fetching/errors';
import { buildPdfUrl, buildReportUrl } from '../../../src/fetching/request';

const ID = 'abcdefgh';

describe('buildReportUrl', () => {
  it.each([
    // [proxyUrl, id, format, locale, expected]
    ['/api/legit', ID, 'raw', undefined, '/api/legit/anonymous-diagnostic-reports/abcdefgh?format=raw'],
    ['/api/legit/', ID, 'fhir', 'es', '/api/legit/anonymous-diagnostic-reports/abcdefgh?format=fhir&locale=es'],
    ['/api/legit//', ID, 'raw', 'en', '/api/legit/anonymous-diagnostic-reports/abcdefgh?format=raw&locale=en'],
    [
      'https://portal.example/legit',
      ID,
      'raw',
      undefined,
      'https://portal.example/legit/anonymous-diagnostic-reports/abcdefgh?format=raw',
    ],
    ['', ID, 'raw', undefined, '/anonymous-diagnostic-reports/abcdefgh?format=raw'],
    [
      '/api/legit',
      'a/b+c==d/e+f==',
      'raw',
      undefined,
      '/api/legit/anonymous-diagnostic-reports/a%2Fb%2Bc%3D%3Dd%2Fe%2Bf%3D%3D?format=raw',
    ],
    [
      '/api/legit',
      ID,
      'raw',
      'en&format=pdf',
      '/api/legit/anonymous-diagnostic-reports/abcdefgh?format=raw&locale=en%26format%3Dpdf',
    ],
    ['/api/legit', ID, 'raw', '', '/api/legit/anonymous-diagnostic-reports/abcdefgh?format=raw'],
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

  // The contract's id rule: no id outside it becomes a URL (`..` would resolve to `${proxyUrl}/`).
  it.each(['..', '.', 'abc', '../../admin', 'abcdefgh?format=pdf#y', 'abcd efgh', 'abcdéfgh'])(
    'refuses the id %j with INVALID_ID',
    (id) => {
      let thrown: unknown;
      try {
        buildReportUrl('/api/legit', id, 'raw');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(LegitReportError);
      expect(thrown).toMatchObject({ code: 'INVALID_ID' });
      expect(() => buildPdfUrl('/api/legit', id)).toThrow(LegitReportError);
    },
  );
});

describe('buildPdfUrl', () => {
  it.each([
    [
      '/api/legit',
      'a/b+c=d/e+f=',
      undefined,
      '/api/legit/anonymous-diagnostic-reports/a%2Fb%2Bc%3Dd%2Fe%2Bf%3D?format=pdf',
    ],
    ['/api/legit/', ID, 'es', '/api/legit/anonymous-diagnostic-reports/abcdefgh?format=pdf&locale=es'],
  ] as const)('%s + %s (%s)', (proxyUrl, id, locale, expected) => {
    expect(buildPdfUrl(proxyUrl, id, locale)).toBe(expected);
  });
});
