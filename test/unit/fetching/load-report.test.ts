import { describe, expect, it, vi } from 'vitest';
import { LegitReportError } from '../../../src/fetching/errors';
import { loadReport, type ParseReport } from '../../../src/fetching/load-report';
import type { FetchReport, FetchReportArgs } from '../../../src/fetching/request';
import type { DiagnosticReport } from '../../../src/report/model';
import { ReportEnvelopeError, ReportParseError } from '../../../src/report/errors';

// The parser is injected: these tests are about transport, deadline and error mapping.
const REPORT = { id: 'r1' } as unknown as DiagnosticReport;
const parseOk: ParseReport = () => REPORT;

/** A transport that never answers and ignores its signal, the worst case for a timeout. */
const deaf: FetchReport = () => new Promise(() => {});

describe('loadReport', () => {
  it('passes id, format, locale and a live signal to the transport, then parses', async () => {
    const seen: FetchReportArgs[] = [];
    const parse = vi.fn<ParseReport>(() => REPORT);
    const report = await loadReport({
      fetchReport: async (args) => {
        seen.push(args);
        return { json: true };
      },
      parseReport: parse,
      id: 'a/b',
      format: 'fhir',
      locale: 'es',
      signal: new AbortController().signal,
    });
    expect(report).toBe(REPORT);
    expect(parse).toHaveBeenCalledWith({ json: true });
    expect(seen[0]).toMatchObject({ id: 'a/b', format: 'fhir', locale: 'es' });
    expect(seen[0]!.signal.aborted).toBe(false);
  });

  it('rejects with TIMEOUT when the deadline passes, and aborts the transport signal', async () => {
    let transportSignal: AbortSignal | undefined;
    const pending = loadReport({
      fetchReport: (args) => {
        transportSignal = args.signal;
        return deaf(args);
      },
      parseReport: parseOk,
      id: 'x',
      format: 'raw',
      signal: new AbortController().signal,
      timeoutMs: 20,
    });
    await expect(pending).rejects.toBeInstanceOf(LegitReportError);
    await expect(pending).rejects.toMatchObject({ code: 'TIMEOUT', status: undefined });
    expect(transportSignal?.aborted).toBe(true);
  });

  it("rejects with the caller's abort reason (not a LegitReportError) when the caller cancels", async () => {
    const controller = new AbortController();
    const pending = loadReport({
      fetchReport: deaf,
      parseReport: parseOk,
      id: 'x',
      format: 'raw',
      signal: controller.signal,
    });
    const reason = new DOMException('cancelled', 'AbortError');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it.each([
    ['ReportParseError', new ReportParseError('data', 'an object'), 'INVALID_RESPONSE'],
    ['ReportEnvelopeError', new ReportEnvelopeError('E9', 'bad'), 'UPSTREAM'],
  ])('maps a %s from the parser to %s', async (_label, thrown, code) => {
    await expect(
      loadReport({
        fetchReport: async () => ({}),
        parseReport: () => {
          throw thrown;
        },
        id: 'x',
        format: 'raw',
        signal: new AbortController().signal,
      }),
    ).rejects.toMatchObject({ code, cause: thrown });
  });

  it('maps a synchronous throw from a custom transport', async () => {
    await expect(
      loadReport({
        fetchReport: () => {
          throw new TypeError('boom');
        },
        parseReport: parseOk,
        id: 'x',
        format: 'raw',
        signal: new AbortController().signal,
      }),
    ).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
