// The audit trail: who read which report, what they got, one JSON line each and an onAudit hook.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../src/proxy/index.ts';
import { harnessPerTest, TOKEN, type Harness } from './harness.ts';

const harness = harnessPerTest();
const fixture = readFileSync(new URL('../../fixtures/raw-v3-acne.json', import.meta.url), 'utf8');

const byCookie = (request: Request) =>
  request.headers.get('cookie') === 'sid=1' ? { principal: 'dr-garcia@clinic.example' } : false;

function auditLines(hh: Harness) {
  return hh.lines.filter((l) => ['report_access', 'pdf_access', 'app_key_minted'].includes(String(l.entry.event)));
}

describe('audit events', () => {
  it('logs one report_access line per report request: id, principal, status, upstream time, request id', async () => {
    const hh = await harness({ authorize: byCookie });
    hh.upstream.respondWith({ kind: 'raw', body: fixture, headers: { 'content-type': 'application/json' } });
    const response = await fetch(`${hh.url}/anonymous-diagnostic-reports/abcdefgh12?format=raw`, {
      headers: { cookie: 'sid=1' },
    });
    expect(response.status).toBe(200);
    await response.text();
    const audits = auditLines(hh);
    expect(audits).toHaveLength(1);
    const [line] = audits;
    expect(line?.level).toBe('info');
    expect(line?.entry).toMatchObject({
      event: 'report_access',
      reportId: 'abcdefgh12',
      principal: 'dr-garcia@clinic.example',
      status: 200,
      code: null,
    });
    expect(line?.entry.upstreamMs).toBeTypeOf('number');
    expect(Number(line?.entry.upstreamMs)).toBeGreaterThanOrEqual(0);
    expect(Date.parse(String(line?.entry.time))).not.toBeNaN();
    // The request's access line carries the same request id, so the two can be joined.
    const access = hh.lines.find((l) => l.entry.event === 'request');
    expect(line?.entry.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(access?.entry.requestId).toBe(line?.entry.requestId);
    // Never the token, never report content (the fixture's condition names, its image links).
    const text = JSON.stringify(line);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('Acne');
    expect(text).not.toContain('s3');
  });

  it('logs pdf_access for a PDF, and a refused request with its code, no principal and no upstream time', async () => {
    const hh = await harness({ authorize: byCookie });
    hh.upstream.respondWith({ kind: 'raw', body: '%PDF-1.7 x', headers: { 'content-type': 'application/pdf' } });
    await (
      await fetch(`${hh.url}/anonymous-diagnostic-reports/abcdefgh12?format=pdf`, { headers: { cookie: 'sid=1' } })
    ).arrayBuffer();
    await (await fetch(`${hh.url}/anonymous-diagnostic-reports/abcdefgh12?format=raw`)).arrayBuffer();
    await (await fetch(`${hh.url}/anonymous-diagnostic-reports/bad?format=raw`)).arrayBuffer();
    expect(auditLines(hh).map((l) => l.entry)).toMatchObject([
      { event: 'pdf_access', reportId: 'abcdefgh12', principal: 'dr-garcia@clinic.example', status: 200 },
      {
        event: 'report_access',
        reportId: 'abcdefgh12',
        principal: null,
        status: 403,
        code: 'FORBIDDEN',
        upstreamMs: null,
      },
      // A malformed id is not repeated into the trail.
      { event: 'report_access', reportId: null, principal: null, status: 400, code: 'INVALID_REPORT_ID' },
    ]);
  });

  it('logs app_key_minted for key requests, minted or refused', async () => {
    const hh = await harness({ companyAppKeys: true, authorizeCompanyAppKey: byCookie });
    const minted = await fetch(`${hh.url}/company-app-keys`, { method: 'POST', headers: { cookie: 'sid=1' } });
    const appKey = String(((await minted.json()) as { appKey: string }).appKey);
    await (await fetch(`${hh.url}/company-app-keys`, { method: 'POST' })).arrayBuffer();
    expect(auditLines(hh).map((l) => l.entry)).toMatchObject([
      { event: 'app_key_minted', reportId: null, principal: 'dr-garcia@clinic.example', status: 200, code: null },
      { event: 'app_key_minted', reportId: null, principal: null, status: 403, code: 'FORBIDDEN', upstreamMs: null },
    ]);
    // The key itself is a credential: it is not in the trail.
    expect(JSON.stringify(hh.lines)).not.toContain(appKey);
  });

  it('hands each event to onAudit, as logged', async () => {
    const events: AuditEvent[] = [];
    const hh = await harness({ onAudit: (event) => void events.push(event) });
    await (await fetch(`${hh.url}/anonymous-diagnostic-reports/abcdefgh12?format=fhir`)).arrayBuffer();
    expect(events).toHaveLength(1);
    expect(events[0]).toEqual(auditLines(hh)[0]?.entry);
    expect(events[0]).toMatchObject({ event: 'report_access', reportId: 'abcdefgh12', status: 200 });
  });

  it('answers as usual when onAudit throws or rejects, and logs the failure by name', async () => {
    let calls = 0;
    const hh = await harness({
      onAudit: async () => {
        calls += 1;
        if (calls === 1) throw new TypeError(`audit store down ${TOKEN}`);
        await Promise.reject(new RangeError('full'));
      },
    });
    expect((await fetch(`${hh.url}/anonymous-diagnostic-reports/abcdefgh12?format=raw`)).status).toBe(200);
    expect((await fetch(`${hh.url}/anonymous-diagnostic-reports/abcdefgh12?format=raw`)).status).toBe(200);
    const failures = hh.lines.filter((l) => l.entry.event === 'audit_hook_failed');
    expect(failures.map((l) => [l.level, l.entry.errorName])).toEqual([
      ['error', 'TypeError'],
      ['error', 'RangeError'],
    ]);
    expect(JSON.stringify(hh.lines)).not.toContain(TOKEN);
  });
});
