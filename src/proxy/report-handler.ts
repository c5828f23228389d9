import type { Deadline } from './deadline';
import { pdfFilename } from './http-headers';
import { problem, type Problem } from './problems';
import { startPdfStream } from './pdf-stream';
import { readCappedBody } from './read-capped';
import { containsSecret } from './secret-search';
import { rewriteReportLinks, UnsafeReportError } from './report-links';
import { reportPath } from '../contract/report-path';
import type { ReportQuery } from './report-query';
import { errorFields } from './safe-logger';
import { failureProblem, openUpstream, problemForFailedResponse, type UpstreamContext } from './upstream-call';
import { parseJsonBytes, readEnvelope, reportErrorProblem } from './upstream-errors';

export const MAX_JSON_BYTES = 5 * 1024 * 1024;
/** A record, not a Headers object: a runtime's Response builds its own from it (and Node's adapter writes it as is). */
const JSON_HEADERS: Readonly<Record<string, string>> = { 'content-type': 'application/json; charset=utf-8' };
export const MAX_PDF_BYTES = 25 * 1024 * 1024;

/** What the report route needs from the proxy's configuration. */
export interface ReportContext extends UpstreamContext {
  basePath: string;
  /** The longest a PDF stream may last (the client's reading included). */
  pdfTimeoutMs: number;
  /** Logs a content-free warning after the response has started (a PDF stream that broke). */
  warnLate(entry: Record<string, unknown>): void;
}

export type ReportResult = { ok: true; response: Response } | { ok: false; problem: Problem };

function fail(problem: Problem): ReportResult {
  return { ok: false, problem };
}

/** Fetches one report upstream and answers with rewritten JSON or a streamed PDF. */
export async function serveReport(encryptedId: string, query: ReportQuery, ctx: ReportContext): Promise<ReportResult> {
  const isPdf = query.format === 'pdf';
  const opened = await openUpstream({
    url: `${ctx.apiBaseUrl}${reportPath(encryptedId, query)}`,
    method: 'GET',
    token: ctx.apiToken,
    accept: isPdf ? 'application/pdf, application/json;q=0.5' : 'application/json',
    timeoutMs: ctx.timeoutMs,
    clientSignal: ctx.clientSignal,
    fetch: ctx.fetch,
  });
  if (!opened.ok) {
    ctx.note({ upstreamFailure: opened.failure, ...errorFields(opened.error) });
    return fail(opened.problem);
  }
  const { response, deadline } = opened;
  ctx.note({ upstreamStatus: response.status });
  try {
    const statusProblem = await problemForFailedResponse(response, 'missing-report');
    if (statusProblem !== undefined) {
      deadline.dispose();
      return fail(statusProblem);
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (isPdf && !contentType.includes('json')) return await pdfResult(response, encryptedId, ctx, deadline);
    const result = await jsonResult(response, encryptedId, query, ctx, isPdf);
    deadline.dispose();
    return result;
  } catch (error) {
    deadline.dispose();
    const failure = failureProblem(deadline, ctx.clientSignal, error);
    ctx.note({ upstreamFailure: failure.failure, ...errorFields(error) });
    return fail(failure.problem);
  }
}

async function jsonResult(
  response: Response,
  encryptedId: string,
  query: ReportQuery,
  ctx: ReportContext,
  expectedPdf: boolean,
): Promise<ReportResult> {
  const body = await readCappedBody(response, MAX_JSON_BYTES);
  if (!body.ok) return fail(problem('UPSTREAM_RESPONSE_TOO_LARGE'));
  const json = parseJsonBytes(body.bytes);
  const envelope = readEnvelope(json);
  if (envelope.success === false) return fail(reportErrorProblem(502, envelope.errorCode));
  // A JSON answer to a PDF request, or anything but an object, is not something we can pass on.
  if (expectedPdf || typeof json !== 'object' || json === null || Array.isArray(json))
    return fail(problem('UPSTREAM_INVALID_RESPONSE'));
  const pdfUrl = `${ctx.basePath}${reportPath(encryptedId, { format: 'pdf', locale: query.locale })}`;
  let text: string;
  try {
    text = JSON.stringify(rewriteReportLinks(json, { pdfUrl, secrets: [ctx.apiToken] }));
  } catch (error) {
    if (error instanceof UnsafeReportError) return fail(problem('UPSTREAM_INVALID_RESPONSE'));
    throw error;
  }
  // Last line of defence: a token that slipped through, in any encoding, fails closed. The proxy's own PDF
  // link is left out (a space in its place): built here from a valid id, its percent-escapes would otherwise
  // make every report's whole text need decoding, and the walk above has read it as it reads every string.
  if (containsSecret(text.replaceAll(pdfUrl, ' '), [ctx.apiToken])) return fail(problem('UPSTREAM_INVALID_RESPONSE'));
  return { ok: true, response: new Response(text, { status: 200, headers: JSON_HEADERS }) };
}

async function pdfResult(
  response: Response,
  encryptedId: string,
  ctx: ReportContext,
  deadline: Deadline,
): Promise<ReportResult> {
  const declared = Number(response.headers.get('content-length'));
  const hasLength = response.headers.has('content-length') && Number.isSafeInteger(declared) && declared >= 0;
  if ((hasLength && declared > MAX_PDF_BYTES) || response.body === null) {
    await response.body?.cancel().catch(() => undefined);
    deadline.dispose();
    return fail(response.body === null ? problem('UPSTREAM_INVALID_RESPONSE') : problem('UPSTREAM_RESPONSE_TOO_LARGE'));
  }
  const limits = { maxBytes: MAX_PDF_BYTES, stallMs: ctx.timeoutMs, totalMs: ctx.pdfTimeoutMs };
  const started = await startPdfStream(response.body, limits, deadline, (outcome, error) => {
    if (outcome === 'failed')
      ctx.warnLate({ event: 'pdf_stream_failed', timedOut: deadline.timedOut, ...errorFields(error) });
  });
  if (!started.ok)
    return fail(
      started.reason === 'too-large' ? problem('UPSTREAM_RESPONSE_TOO_LARGE') : problem('UPSTREAM_INVALID_RESPONSE'),
    );
  const headers = new Headers({
    'content-type': 'application/pdf',
    'content-disposition': `attachment; filename="${pdfFilename(encryptedId)}"`,
  });
  // fetch decodes gzip/br bodies but keeps the encoded length: pass a length on only for an unencoded body.
  if (hasLength && !response.headers.has('content-encoding')) headers.set('content-length', String(declared));
  return { ok: true, response: new Response(started.stream, { status: 200, headers }) };
}
