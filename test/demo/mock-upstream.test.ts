// The demo's mock S2S API over real loopback HTTP, and its sample cases read back through
// the real parser: every case must parse cleanly in both formats, or the demo shows warnings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CASES, findCaseByKey } from '../../demo/cases/cases';
import { startMockUpstream, type MockUpstream } from '../../demo/server/mock-upstream';
import { parseDiagnosticReport } from '../../src/report/index';

const TOKEN = 'mock-token-for-tests';
const IMAGE_BASE = 'http://localhost:5173';
let upstream: MockUpstream;

beforeAll(async () => {
  upstream = await startMockUpstream({ token: TOKEN, imageBaseUrl: IMAGE_BASE });
});
afterAll(async () => {
  await upstream?.close();
});

const reportUrl = (id: string, query: string) =>
  `${upstream.url}/s2s-api/v3/anonymous-diagnostic-reports/${encodeURIComponent(id)}?${query}`;
const get = (id: string, query: string, token: string | null = TOKEN) =>
  fetch(reportUrl(id, query), { headers: token === null ? {} : { 'X-API-TOKEN': token } });

function knownCase(key: string) {
  const demoCase = findCaseByKey(key);
  if (!demoCase) throw new Error(`no case ${key}`);
  return demoCase;
}

describe('mock upstream', () => {
  it('refuses a missing or wrong token with a 401 envelope', async () => {
    for (const token of [null, 'wrong']) {
      const response = await get(knownCase('acne').encryptedId, 'format=raw', token);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        success: false,
        message: expect.any(String),
        errorCode: 'UNAUTHORIZED',
        data: null,
      });
    }
  });

  it('answers an unknown id with a 404 envelope', async () => {
    const response = await get(knownCase('unknown').encryptedId, 'format=raw');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ success: false, errorCode: 'NOT_FOUND', data: null });
  });

  it('needs the id URL-encoded: a raw "/" in it is another route', async () => {
    const id = knownCase('acne').encryptedId;
    expect(id).toMatch(/[/+=]/);
    const response = await fetch(`${upstream.url}/s2s-api/v3/anonymous-diagnostic-reports/${id}?format=raw`, {
      headers: { 'X-API-TOKEN': TOKEN },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ errorCode: 'ROUTE_NOT_FOUND' });
  });

  it('refuses an unknown format', async () => {
    const response = await get(knownCase('acne').encryptedId, 'format=xml');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ success: false, errorCode: 'INVALID_FORMAT' });
  });

  it('serves a well-formed PDF for format=pdf', async () => {
    const response = await get(knownCase('psoriasis').encryptedId, 'format=pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = new TextDecoder().decode(await response.arrayBuffer());
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    // The xref offsets must point at the objects, or PDF readers complain.
    const startxref = Number(/startxref\n(\d+)/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, i) => expect(text.slice(offset, offset + 8)).toBe(`${i + 1} 0 obj\n`));
    // PDF strings escape parentheses.
    expect(text).toContain('Case: Psoriasis \\(FHIR example\\)');
  });

  it('mints company app keys and refuses short ones', async () => {
    const post = (body: unknown) =>
      fetch(`${upstream.url}/s2s-api/v3/company/company-app-keys`, {
        method: 'POST',
        headers: { 'X-API-TOKEN': TOKEN, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const appKey = 'k'.repeat(64);
    const expiresAt = new Date(Date.now() + 600_000).toISOString();
    const ok = await post({ appKey, expiresAt });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({
      success: true,
      message: expect.any(String),
      errorCode: null,
      data: { appKey, expiresAt },
    });
    expect(upstream.appKeys.get(appKey)).toBe(expiresAt);
    const short = await post({ appKey: 'short', expiresAt });
    expect(short.status).toBe(422);
  });

  it('records requests without the token', () => {
    expect(upstream.requests.length).toBeGreaterThan(0);
    expect(JSON.stringify(upstream.requests)).not.toContain(TOKEN);
  });
});

describe('sample cases read through the parser', () => {
  const known = DEMO_CASES.filter((c) => c.spec !== null);

  it.each(known.flatMap((c) => (['raw', 'fhir'] as const).map((format) => [c.key, format] as const)))(
    '%s as %s parses without warnings, images on the dev server',
    async (key, format) => {
      const demoCase = knownCase(key);
      const response = await get(demoCase.encryptedId, `format=${format}&locale=en`);
      expect(response.status).toBe(200);
      // The dev server's images are plain http: on this machine, which the demo's viewer allows (allowHttpLoopbackUrls).
      const report = parseDiagnosticReport(await response.json(), { allowHttpLoopbackUrls: true });
      expect(report.warnings).toEqual([]);
      expect(report.source).toBe(format === 'fhir' ? 'fhir' : demoCase.rawShape);
      expect(report.conclusions.length).toBe(demoCase.spec?.conclusions.length);
      expect(report.scoringSystems.length).toBe(demoCase.spec?.scoringSystems.length);
      for (const observation of report.observations)
        expect(observation.url?.startsWith(`${IMAGE_BASE}/samples/`)).toBe(true);
      // The PDF link carries credentials: the parser keeps only the fact that there is one.
      expect(JSON.stringify(report)).not.toMatch(/apiKey|authKey/);
    },
  );

  it('raw v2, raw v3 and FHIR of the acne case agree on what matters', async () => {
    const read = async (key: string, format: string) =>
      parseDiagnosticReport(await (await get(knownCase(key).encryptedId, `format=${format}`)).json());
    const [v3, v2, fhir] = await Promise.all([read('acne', 'raw'), read('acne-v2', 'raw'), read('acne', 'fhir')]);
    for (const report of [v3, v2, fhir]) {
      expect(report.conclusions.map((c) => [c.name, c.probability, c.icd11])).toEqual([
        ['Acne', 99.65, ['ED80']],
        ['Varicella', 0.06, ['1E90']],
      ]);
      expect(report.bodySite?.key).toBe('headfront');
      expect(report.scoringSystems[0]?.score).toBe(8);
    }
    // adjustedMalignancy is null in every shape here, and FHIR always sends null.
    expect(fhir.findings.adjustedMalignancy).toBeNull();
  });

  it('keeps the pigmented lesion urgent, and null distinct from zero in the inconclusive case', async () => {
    const read = async (key: string) =>
      parseDiagnosticReport(await (await get(knownCase(key).encryptedId, 'format=raw')).json());
    const pigmented = await read('pigmented-lesion');
    expect(pigmented.findings).toMatchObject({
      malignancy: 87.4,
      adjustedMalignancy: 81.2,
      urgentReferral: 92.3,
      highPriorityReferral: 97.8,
    });
    expect(pigmented.pathology?.icd11).toEqual(['2C30']);
    const inconclusive = await read('inconclusive');
    expect(inconclusive.pathology).toBeNull();
    expect(inconclusive.scoringSystems).toEqual([]);
    expect(inconclusive.findings.urgentReferral).toBe(0);
    expect(inconclusive.findings.pigmentedLesion).toBeNull();
  });

  it('serves the expired-images case with expired links, then fresh ones, in turn', async () => {
    const expiresOf = async () => {
      const report = parseDiagnosticReport(
        await (await get(knownCase('expired-images').encryptedId, 'format=raw')).json(),
        { allowHttpLoopbackUrls: true },
      );
      expect(report.observations).toHaveLength(2);
      return report.observations.map((o) => Number(new URL(o.url ?? '').searchParams.get('expires')) * 1000);
    };
    const now = Date.now();
    const [first, renewed] = [await expiresOf(), await expiresOf()];
    for (const expiry of first) expect(expiry).toBeLessThan(now);
    // Fresh links work for about half an hour, as the API's do.
    for (const expiry of renewed) expect(expiry).toBeGreaterThan(now + 29 * 60_000);
  });

  it('translates texts for locale=es but never codes', async () => {
    const response = await get(knownCase('acne').encryptedId, 'format=fhir&locale=es');
    const report = parseDiagnosticReport(await response.json());
    expect(report.conclusions[0]?.name).toBe('Acné');
    expect(report.conclusions[0]?.code).toBe('Acne');
    expect(report.bodySite?.display).toBe('Rostro y cuello');
  });
});
