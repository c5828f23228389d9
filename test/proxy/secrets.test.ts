// The S2S token must never leave the server: not in a response (body or headers), a log line, or an error.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLegitProxy,
  ProxyConfigError,
  readProxyConfigFromEnv,
  validateLegitProxyOptions,
} from '../../src/proxy/index.ts';
import type { Behaviour } from '../support/fake-upstream.ts';
import { capturingLogger, startHarness, TOKEN, type Harness, type LogLine } from './harness.ts';

const fixtureText = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    timeoutMs: 250,
    companyAppKeys: true,
    authorizeCompanyAppKey: () => true,
    allowedOrigins: ['https://portal.example'],
    rateLimit: { limit: 1_000, windowMs: 60_000 },
  });
});
afterAll(() => h.close());

const scenarios: [string, Behaviour, string][] = [
  [
    'raw v3 report',
    { kind: 'raw', body: fixtureText('raw-v3-acne.json'), headers: { 'content-type': 'application/json' } },
    'format=raw',
  ],
  [
    'FHIR report',
    { kind: 'raw', body: fixtureText('fhir-psoriasis.json'), headers: { 'content-type': 'application/json' } },
    'format=fhir',
  ],
  ['upstream echoing the token in a field', { kind: 'echo' }, 'format=raw'],
  [
    'upstream echoing the token in an object key',
    { kind: 'json', body: { success: true, data: { [TOKEN]: 1 } } },
    'format=raw',
  ],
  [
    'upstream echoing the token in a header and error body',
    {
      kind: 'json',
      status: 500,
      body: { success: false, message: TOKEN, errorCode: TOKEN },
      headers: { 'x-debug': TOKEN },
    },
    'format=raw',
  ],
  [
    'upstream 401 quoting the token',
    { kind: 'json', status: 401, body: { message: `bad token ${TOKEN}` } },
    'format=raw',
  ],
  [
    'upstream 429',
    { kind: 'json', status: 429, body: { message: TOKEN }, headers: { 'retry-after': '3' } },
    'format=raw',
  ],
  ['timeout', { kind: 'slow', delayMs: 1_000, then: { kind: 'echo' } }, 'format=raw'],
  ['dropped connection', { kind: 'drop' }, 'format=raw'],
  [
    'malformed JSON quoting the token',
    { kind: 'raw', body: `{"x":"${TOKEN}"`, headers: { 'content-type': 'application/json' } },
    'format=raw',
  ],
  ['PDF', { kind: 'raw', body: '%PDF-1.7 body', headers: { 'content-type': 'application/pdf' } }, 'format=pdf'],
  ['PDF request answered with echoed JSON', { kind: 'echo' }, 'format=pdf'],
];

const AUDIT_EVENTS = ['report_access', 'pdf_access', 'app_key_minted'];

/**
 * Log lines must carry neither the token nor report content, nor any URL; the report's id only in the audit
 * event's `reportId` (who read which report is what an audit is for).
 */
function expectCleanLog(lines: readonly LogLine[]): void {
  const text = JSON.stringify(lines);
  expect(text).not.toContain(TOKEN);
  const withoutAuditIds = lines.map((line) =>
    AUDIT_EVENTS.includes(String(line.entry.event)) ? { ...line.entry, reportId: undefined } : line.entry,
  );
  expect(JSON.stringify(withoutAuditIds)).not.toContain('abcdefgh12');
  expect(text).not.toContain('Acne'); // a condition name in the fixtures
  expect(text).not.toContain('legit-dev.s3');
  for (const line of lines) expect(Object.keys(line.entry)).not.toContain('url');
}

describe('the token never leaves the server', () => {
  // Each scenario checks the log lines its own request wrote, so it holds run alone or in any order.
  it.each(scenarios)('%s: not in the response headers or body, nor in a log line', async (_name, behaviour, query) => {
    const firstLine = h.lines.length;
    h.upstream.respondWith(behaviour);
    const response = await fetch(`${h.url}/anonymous-diagnostic-reports/abcdefgh12?${query}`, {
      headers: { Origin: 'https://portal.example', 'X-API-TOKEN': 'client-sent-token' },
    });
    const headerText = JSON.stringify([...response.headers]);
    const body = await response.text().catch(() => '');
    expect(headerText).not.toContain(TOKEN);
    expect(body).not.toContain(TOKEN);
    // The upstream really received the token (so the check above is meaningful).
    expect(h.upstream.requests.at(-1)?.headers['x-api-token']).toBe(TOKEN);
    // The request was logged (its access line at least), and what was logged is clean.
    await expect.poll(() => h.lines.length).toBeGreaterThan(firstLine);
    expectCleanLog(h.lines.slice(firstLine));
  });

  it('is not in the app-key response, nor in its log lines', async () => {
    const firstLine = h.lines.length;
    h.upstream.respondWith({ kind: 'echo' });
    const response = await fetch(`${h.url}/company-app-keys`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(await response.text()).not.toContain(TOKEN);
    await expect.poll(() => h.lines.length).toBeGreaterThan(firstLine);
    expectCleanLog(h.lines.slice(firstLine));
  });

  it('is redacted even if a logger is handed an entry that contains it (hook errors)', async () => {
    const { logger, lines } = capturingLogger();
    const proxy = createLegitProxy({
      apiBaseUrl: 'https://api.legit.example/s2s-api/v3',
      apiToken: TOKEN,
      logger,
      rateLimit: false,
      authorize: () => {
        const error = new Error('x');
        error.name = `Boom ${TOKEN}`;
        throw error;
      },
    });
    const response = await proxy.fetch(new Request('https://p.example/anonymous-diagnostic-reports/abcdefgh12'));
    expect(response.status).toBe(500);
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.stringify(lines)).not.toContain(TOKEN);
    expect(JSON.stringify(lines)).toContain('[redacted]');
  });

  it('is not in configuration errors', () => {
    const attempts = [
      () => validateLegitProxyOptions({ apiBaseUrl: `https://user:${TOKEN}@api.example/v3`, apiToken: TOKEN }),
      () => validateLegitProxyOptions({ apiBaseUrl: `http://api.example/v3?token=${TOKEN}`, apiToken: TOKEN }),
      () => readProxyConfigFromEnv({ LEGIT_API_URL: `ftp://${TOKEN}.example`, LEGIT_API_TOKEN: TOKEN, PORT: TOKEN }),
    ];
    for (const attempt of attempts) {
      let caught: unknown;
      try {
        attempt();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ProxyConfigError);
      expect(String(caught)).not.toContain(TOKEN);
      expect(JSON.stringify(caught)).not.toContain(TOKEN);
    }
  });
});
