// Shared pieces for the fetching layer's Chromium tests.
//
// These tests drive the layer at its two seams rather than through a server, because what
// they check is the layer's own contract, and a seam lets the test decide each answer and its
// timing exactly: a custom `fetchReport` whose answers the test controls in the
// page (for abort, timeout and renewal, which are about the transport contract), and
// `createProxyFetchReport(url, fetchImpl)` with a fetchImpl that answers with real
// `Response` objects (for status, header and body mapping, and the retry policy). The
// proxy itself is tested against real loopback servers in test/proxy.
import { QueryClient } from '@tanstack/react-query';
import type { FetchLike, FetchReport, FetchReportArgs } from '../../../src/index';
import type { DiagnosticReport } from '../../../src/report/model';
import { emptyReport } from '../../support/report-builders';

export interface PendingCall {
  args: FetchReportArgs;
  resolve(body: unknown): void;
  reject(error: unknown): void;
}

/** A transport that answers only when the test says so. */
export function controlledTransport(): { fetchReport: FetchReport; calls: PendingCall[] } {
  const calls: PendingCall[] = [];
  const fetchReport: FetchReport = (args) =>
    new Promise((resolve, reject) => {
      calls.push({ args, resolve, reject });
    });
  return { fetchReport, calls };
}

/** The JSON our stand-in transports send: an id and some image URLs. */
export function fakeBody(id: string, imageUrls: string[] = []): { id: string; images: string[] } {
  return { id, images: imageUrls };
}

/**
 * A stand-in for parseDiagnosticReport over `fakeBody` JSON, so tests about fetching
 * need no full report fixture. It checks what it reads, like the real parser.
 */
export function parseFakeReport(json: unknown): DiagnosticReport {
  if (typeof json !== 'object' || json === null || !('id' in json) || typeof json.id !== 'string') {
    throw new TypeError('not a fake report');
  }
  const images =
    'images' in json && Array.isArray(json.images) ? json.images.filter((u): u is string => typeof u === 'string') : [];
  return emptyReport({
    id: json.id,
    observations: images.map((url) => ({ type: 'Image', url, modality: 'Clinical', diqaScore: 90 })),
  });
}

/** A fetchImpl that answers from a script of real Responses and records every request. */
export function scriptedFetch(script: Array<() => Response>): {
  fetchImpl: FetchLike;
  requests: Array<{ url: string; init: RequestInit }>;
} {
  const requests: Array<{ url: string; init: RequestInit }> = [];
  const fetchImpl: FetchLike = async (url, init) => {
    requests.push({ url, init });
    const next = script[Math.min(requests.length - 1, script.length - 1)];
    if (next === undefined) throw new Error('empty script');
    return next();
  };
  return { fetchImpl, requests };
}

export const jsonResponse =
  (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A client per test so no cache leaks between tests. */
export function testQueryClient(): QueryClient {
  return new QueryClient();
}
