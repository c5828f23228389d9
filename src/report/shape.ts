/**
 * Which of the three published shapes a response is, and where its report body is:
 * - raw v2: a bare report object;
 * - raw v3: the report inside `{ success, message, errorCode, data }`;
 * - FHIR: a `DiagnosticReport` resource inside the same envelope (or bare).
 * An envelope that says `success: false` is Legit.Health's own error.
 */
import type { ReportSource } from './model';
import { ReportEnvelopeError, ReportParseError } from './errors';
import { field, isRecord, type JsonRecord } from './read/path';

export interface Located {
  source: ReportSource;
  body: JsonRecord;
  /** JSON path of `body`, prefixed to every path reported. */
  base: string;
}

const isEnvelope = (json: JsonRecord): boolean =>
  Object.hasOwn(json, 'success') || (Object.hasOwn(json, 'data') && !Object.hasOwn(json, 'result'));

const asText = (value: unknown): string | null =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : null;

export function locateReport(json: unknown): Located {
  if (!isRecord(json)) throw new ReportParseError('', 'an object');
  if (!isEnvelope(json)) return { source: isFhir(json, '') ? 'fhir' : 'raw-v2', body: json, base: '' };

  const success = field(json, 'success');
  if (success === false)
    throw new ReportEnvelopeError(asText(field(json, 'errorCode')), asText(field(json, 'message')));
  if (success !== true && success !== undefined) throw new ReportParseError('success', 'a boolean');
  const data = field(json, 'data');
  if (!isRecord(data)) throw new ReportParseError('data', 'an object');
  return { source: isFhir(data, 'data') ? 'fhir' : 'raw-v3', body: data, base: 'data' };
}

function isFhir(body: JsonRecord, base: string): boolean {
  const resourceType = field(body, 'resourceType');
  if (resourceType === undefined) return false;
  if (resourceType === 'DiagnosticReport') return true;
  throw new ReportParseError(base ? `${base}.resourceType` : 'resourceType', '"DiagnosticReport"');
}
