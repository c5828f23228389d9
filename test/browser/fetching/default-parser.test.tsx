// The whole widget-side path with the real parser: proxy transport (real Response
// objects, see support.tsx) → parseDiagnosticReport → the hook's state.
import { describe, expect, test, vi } from 'vitest';
import { renderHook } from 'vitest-browser-react';
import { createProxyFetchReport, useLegitReport, type LegitReportError } from '../../../src/index';
import type { DiagnosticReport } from '../../../src/report/model';
import rawV3 from '../../../fixtures/raw-v3-acne.json';
import fhir from '../../../fixtures/fhir-psoriasis.json';
import { jsonResponse, scriptedFetch, testQueryClient } from './support';

describe('useLegitReport with the default parser', () => {
  test.each([
    ['raw', rawV3, 'raw-v3'],
    ['fhir', fhir, 'fhir'],
  ] as const)('reads a %s report through the proxy transport', async (format, body, source) => {
    const { fetchImpl, requests } = scriptedFetch([jsonResponse(body)]);
    const onReport = vi.fn<(r: DiagnosticReport) => void>();
    const { result } = await renderHook(() =>
      useLegitReport({
        reportId: 'enc/id+=',
        format,
        locale: 'es',
        proxyUrl: '/api/legit',
        fetchReport: createProxyFetchReport('/api/legit', fetchImpl),
        queryClient: testQueryClient(),
        onReport,
      }),
    );
    await expect.poll(() => result.current.status).toBe('success');
    expect(result.current.report?.source).toBe(source);
    expect(requests[0]?.url).toBe(`/api/legit/anonymous-diagnostic-reports/enc%2Fid%2B%3D?format=${format}&locale=es`);
    expect(result.current.pdfUrl).toBe('/api/legit/anonymous-diagnostic-reports/enc%2Fid%2B%3D?format=pdf&locale=es');
    expect(onReport).toHaveBeenCalledWith(result.current.report);
  });

  test('a success:false envelope is UPSTREAM with its errorCode, not retried', async () => {
    const { fetchImpl, requests } = scriptedFetch([
      jsonResponse({ success: false, message: 'Report not found', errorCode: 'REPORT_NOT_FOUND', data: null }),
    ]);
    const onError = vi.fn<(e: LegitReportError) => void>();
    const { result } = await renderHook(() =>
      useLegitReport({
        reportId: 'report-x',
        fetchReport: createProxyFetchReport('/api/legit', fetchImpl),
        queryClient: testQueryClient(),
        onError,
      }),
    );
    await expect.poll(() => result.current.status).toBe('error');
    expect(result.current.error).toMatchObject({ code: 'UPSTREAM', upstreamErrorCode: 'REPORT_NOT_FOUND' });
    expect(requests).toHaveLength(1);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  test('JSON that is not a report is INVALID_RESPONSE', async () => {
    const { fetchImpl } = scriptedFetch([jsonResponse({ hello: 'world' })]);
    const { result } = await renderHook(() =>
      useLegitReport({
        reportId: 'report-x',
        fetchReport: createProxyFetchReport('/api/legit', fetchImpl),
        queryClient: testQueryClient(),
      }),
    );
    await expect.poll(() => result.current.status).toBe('error');
    expect(result.current.error?.code).toBe('INVALID_RESPONSE');
  });
});
