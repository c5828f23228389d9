import { copyPlainList } from './plain-data';
import { describeInvalidReportId } from '../contract/report-id';
import { describeType, isArraySafe, quoteForDetail, readOwnData, readOwnItems } from './safe-read';
import type { GuardResult, LegitMessage, MessageRejectionReason } from './types';

/** Strings longer than this (bare ids or JSON envelopes) are refused before any parsing. */
export const MAX_MESSAGE_STRING_LENGTH = 16_384;
/** Longest message name considered; the documented names are under 20 characters. */
export const MAX_MESSAGE_NAME_LENGTH = 64;
/** `image_rejected` keeps at most this many reasons; the rest are cut off. */
export const MAX_REJECTION_REASONS = 50;

type ShapeResult = Exclude<GuardResult, { reason: 'source' | 'origin' }>;

/** A dropped message: why, and a detail safe to log. */
export const rejection = <R extends MessageRejectionReason>(reason: R, detail: string) => ({
  ok: false as const,
  reason,
  detail,
});

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !isArraySafe(value);

/**
 * The shape step of the guard: `event.data` → typed message or rejection. Accepts the
 * documented envelope `{ message, id, payload? }`, the same as a JSON string, and a bare id
 * string (older iframes), which means `analysis_completed`. Never throws.
 */
export function parseMessageData(data: unknown): ShapeResult {
  if (typeof data === 'string') return parseString(data);
  return isObject(data)
    ? parseEnvelope(data)
    : rejection('shape', `expected an object or a string, got ${describeType(data)}`);
}

function parseString(data: string): ShapeResult {
  if (data.length > MAX_MESSAGE_STRING_LENGTH)
    return rejection('shape', `a string over ${MAX_MESSAGE_STRING_LENGTH} characters`);
  // A base64 id never starts with "{", so this cannot misread a bare id as JSON.
  if (!data.trimStart().startsWith('{'))
    return withId(data, 'bare id', (reportId) => ({ type: 'analysis_completed', reportId }));
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    // refused below, like any other non-object
  }
  return isObject(parsed) ? parseEnvelope(parsed) : rejection('shape', 'a string that is not a JSON object');
}

function parseEnvelope(envelope: object): ShapeResult {
  const message = readOwnData(envelope, 'message');
  const name = message.kind === 'value' ? message.value : undefined;
  if (typeof name !== 'string' || name.length > MAX_MESSAGE_NAME_LENGTH) {
    return rejection('shape', `"message" is not an own string of at most ${MAX_MESSAGE_NAME_LENGTH} characters`);
  }
  // A switch (not a lookup object) so names like "__proto__" or "constructor" match nothing.
  switch (name) {
    case 'analysis_completed':
      return readId(envelope, name, (reportId) => ({ type: name, reportId }));
    case 'invalid_company_key':
      return readId(envelope, name, (companyKey) => ({ type: name, companyKey }));
    case 'image_rejected':
      return readRejectionReasons(envelope);
    default:
      return rejection('unknown', `unknown message ${quoteForDetail(name)}`);
  }
}

function readId(envelope: object, name: string, accept: (id: string) => LegitMessage): ShapeResult {
  const id = readOwnData(envelope, 'id');
  if (id.kind === 'exotic') return rejection('shape', `${name}: "id" is not a plain data property`);
  return withId(id.kind === 'value' ? id.value : undefined, `${name}: "id"`, accept);
}

/** An id from an untrusted message: accepted, or refused as `id` with a short quoted excerpt. */
function withId(value: unknown, label: string, accept: (id: string) => LegitMessage): ShapeResult {
  const problem = describeInvalidReportId(value);
  if (typeof value === 'string' && problem === null) return { ok: true, event: accept(value) };
  return rejection(
    'id',
    `${label}${typeof value === 'string' ? ` ${quoteForDetail(value, 24)}` : ''} is ${problem ?? 'not a string'}`,
  );
}

function readRejectionReasons(envelope: object): ShapeResult {
  const payload = readOwnData(envelope, 'payload');
  const list = payload.kind === 'value' ? payload.value : undefined;
  // Cut first (to MAX_REJECTION_REASONS), so a huge array is not copied to be thrown away.
  // The docs say "an array"; a single reason is kept as a one-item list.
  const items =
    payload.kind === 'exotic' ? undefined : list == null ? [] : (readOwnItems(list, MAX_REJECTION_REASONS) ?? [list]);
  const copied = items && copyPlainList(items);
  if (copied?.ok) return { ok: true, event: { type: 'image_rejected', reasons: copied.value } };
  return rejection('shape', `image_rejected: "payload" holds ${copied?.detail ?? 'accessors'}`);
}
