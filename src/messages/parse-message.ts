import { copyPlainList } from './plain-data';
import { describeInvalidReportId } from './report-id';
import { describeType, isArraySafe, quoteForDetail, readOwnData } from './safe-read';
import type { GuardResult } from './types';

/** Strings longer than this (bare ids or JSON envelopes) are refused before any parsing. */
export const MAX_MESSAGE_STRING_LENGTH = 16_384;
/** Longest message name considered; the documented names are under 20 characters. */
export const MAX_MESSAGE_NAME_LENGTH = 64;
/** `image_rejected` keeps at most this many reasons; the rest are cut off. */
export const MAX_REJECTION_REASONS = 50;

type ShapeResult = Exclude<GuardResult, { reason: 'source' | 'origin' }>;

const shape = (detail: string): ShapeResult => ({ ok: false, reason: 'shape', detail });

/**
 * The shape step of the guard: `event.data` → typed message or rejection. Accepts the
 * documented envelope `{ message, id, payload? }`, the same as a JSON string, and a bare id
 * string (older iframes), which means `analysis_completed`. Never throws.
 */
export function parseMessageData(data: unknown): ShapeResult {
  if (typeof data === 'string') return parseString(data);
  if (data === null || typeof data !== 'object') return shape(`expected an object or a string, got ${describeType(data)}`);
  if (isArraySafe(data)) return shape('expected an object or a string, got an array');
  return parseEnvelope(data);
}

function parseString(data: string): ShapeResult {
  if (data.length > MAX_MESSAGE_STRING_LENGTH) {
    return shape(`string of ${data.length} characters exceeds ${MAX_MESSAGE_STRING_LENGTH}`);
  }
  // A base64 id never starts with "{", so this cannot misread a bare id as JSON.
  if (data.trimStart().startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      return shape('string starts with "{" but is not valid JSON');
    }
    if (parsed === null || typeof parsed !== 'object' || isArraySafe(parsed)) return shape('JSON string is not an object');
    return parseEnvelope(parsed);
  }
  const problem = describeInvalidReportId(data);
  if (problem !== null) return { ok: false, reason: 'id', detail: `bare string id ${quoteForDetail(data, 24)} is ${problem}` };
  return { ok: true, event: { type: 'analysis_completed', reportId: data } };
}

function parseEnvelope(envelope: object): ShapeResult {
  const message = readOwnData(envelope, 'message');
  if (message.kind === 'exotic') return shape('"message" is not a plain data property');
  if (message.kind === 'absent') return shape('object has no own "message" property');
  if (typeof message.value !== 'string') return shape(`"message" is ${describeType(message.value)}, expected a string`);
  const name = message.value;
  if (name.length > MAX_MESSAGE_NAME_LENGTH) return shape(`"message" is longer than ${MAX_MESSAGE_NAME_LENGTH} characters`);

  // A switch (not a lookup object) so names like "__proto__" or "constructor" match nothing.
  switch (name) {
    case 'analysis_completed': {
      const id = readId(envelope, name);
      return id.ok ? { ok: true, event: { type: 'analysis_completed', reportId: id.value } } : id.rejection;
    }
    case 'invalid_company_key': {
      const id = readId(envelope, name);
      return id.ok ? { ok: true, event: { type: 'invalid_company_key', companyKey: id.value } } : id.rejection;
    }
    case 'image_rejected':
      return readRejectionReasons(envelope);
    default:
      return { ok: false, reason: 'unknown', detail: `unknown message ${quoteForDetail(name)}` };
  }
}

type IdRead = { ok: true; value: string } | { ok: false; rejection: ShapeResult };

function readId(envelope: object, name: string): IdRead {
  const id = readOwnData(envelope, 'id');
  if (id.kind === 'exotic') return { ok: false, rejection: shape(`${name}: "id" is not a plain data property`) };
  if (id.kind === 'absent') return { ok: false, rejection: { ok: false, reason: 'id', detail: `${name}: no "id"` } };
  const value = id.value;
  const problem = describeInvalidReportId(value);
  if (typeof value !== 'string' || problem !== null) {
    const shown = typeof value === 'string' ? ` ${quoteForDetail(value, 24)}` : '';
    return { ok: false, rejection: { ok: false, reason: 'id', detail: `${name}: "id"${shown} is ${problem ?? 'not a string'}` } };
  }
  return { ok: true, value };
}

function readRejectionReasons(envelope: object): ShapeResult {
  const payload = readOwnData(envelope, 'payload');
  if (payload.kind === 'exotic') return shape('image_rejected: "payload" is not a plain data property');
  if (payload.kind === 'absent' || payload.value === undefined || payload.value === null) {
    return { ok: true, event: { type: 'image_rejected', reasons: [] } };
  }
  let items: unknown[];
  const list = payload.value;
  if (isArraySafe(list)) {
    // Cap first (cut to MAX_REJECTION_REASONS), so a huge array is not copied to be thrown away.
    const length = readOwnData(list, 'length');
    const kept = length.kind === 'value' && typeof length.value === 'number' ? Math.min(length.value, MAX_REJECTION_REASONS) : 0;
    const head: unknown[] = [];
    for (let index = 0; index < kept; index += 1) {
      const item = readOwnData(list, String(index));
      if (item.kind === 'exotic') return shape('image_rejected: "payload" has accessor items');
      head.push(item.kind === 'value' ? item.value : undefined);
    }
    items = head;
  } else {
    // The docs say "an array"; a single reason is kept as a one-item list.
    items = [list];
  }
  const copied = copyPlainList(items);
  if (!copied.ok) return shape(`image_rejected: "payload" holds ${copied.detail}`);
  return { ok: true, event: { type: 'image_rejected', reasons: copied.value } };
}
