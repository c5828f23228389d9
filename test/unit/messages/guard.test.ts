import { describe, expect, it } from 'vitest';
import { createMessageGuard } from '../../../src/messages/guard';
import type { GuardResult, MessageEventLike } from '../../../src/messages/types';

const ORIGIN = 'https://iframe.legit.health';
const ID = 'cUVHY3lUcEFSdzdhVklrMXFKS2k5ZzBxaHBYWXNERTNFWjBqR0Rwd3AxeXkrc2hqNDNCdC8rM1NtUVhobEk0eQ==';
const guard = createMessageGuard();
const receive = (data: unknown): GuardResult => guard({ origin: ORIGIN, source: null, data });
const reasonOf = (result: GuardResult): string => (result.ok ? 'accepted' : result.reason);

// The specified limits, written out: a test that read them from the code would pass whatever they became.
/** `image_rejected` keeps at most 50 reasons. */
const REASONS_KEPT = 50;
/** A string message (a bare id or a JSON envelope) longer than 16 384 characters is refused unparsed. */
const LONGEST_STRING = 16_384;

/** The reasons of an accepted `image_rejected`; any other result fails the test here. */
function rejectedReasons(result: GuardResult): readonly unknown[] {
  if (!result.ok || result.event.type !== 'image_rejected')
    throw new Error(`expected an accepted image_rejected, got ${JSON.stringify(result)}`);
  return result.event.reasons;
}

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

describe('accepted shapes', () => {
  it('reads the documented envelope', () => {
    expect(receive({ message: 'analysis_completed', id: ID })).toEqual({
      ok: true,
      event: { type: 'analysis_completed', reportId: ID },
    });
    expect(receive({ message: 'invalid_company_key', id: 'k'.repeat(64) })).toEqual({
      ok: true,
      event: { type: 'invalid_company_key', companyKey: 'k'.repeat(64) },
    });
  });

  it('reads the envelope as a JSON string, and a bare id string', () => {
    expect(receive(JSON.stringify({ message: 'analysis_completed', id: ID }))).toEqual({
      ok: true,
      event: { type: 'analysis_completed', reportId: ID },
    });
    expect(receive(`  ${JSON.stringify({ message: 'analysis_completed', id: ID })}`).ok).toBe(true);
    expect(receive(ID)).toEqual({ ok: true, event: { type: 'analysis_completed', reportId: ID } });
  });

  it('ignores extra keys of the envelope', () => {
    expect(receive({ message: 'analysis_completed', id: ID, payload: { x: 1 }, other: 'y' }).ok).toBe(true);
  });

  it('passes image_rejected reasons through as copied plain data', () => {
    const reasons = [{ code: 'blurry', score: 0.2 }, 'too dark', 3, null, [true]];
    const result = receive({ message: 'image_rejected', id: ID, payload: reasons });
    expect(result).toEqual({ ok: true, event: { type: 'image_rejected', reasons } });
    expect(rejectedReasons(result)[0]).not.toBe(reasons[0]);
  });

  it('tolerates image_rejected without payload, or with a single reason', () => {
    expect(receive({ message: 'image_rejected' })).toEqual({
      ok: true,
      event: { type: 'image_rejected', reasons: [] },
    });
    expect(receive({ message: 'image_rejected', payload: 'blurry' })).toEqual({
      ok: true,
      event: { type: 'image_rejected', reasons: ['blurry'] },
    });
  });

  it(`caps image_rejected at ${REASONS_KEPT} reasons, keeping the first ones`, () => {
    const result = receive({ message: 'image_rejected', payload: Array.from({ length: 10_000 }, (_, i) => i) });
    expect(rejectedReasons(result)).toEqual(Array.from({ length: REASONS_KEPT }, (_, i) => i));
    const exactly = receive({ message: 'image_rejected', payload: Array.from({ length: REASONS_KEPT }, (_, i) => i) });
    expect(rejectedReasons(exactly)).toHaveLength(REASONS_KEPT);
  });

  it('keeps a "__proto__" key in a reason as plain data, without touching prototypes', () => {
    const reason = JSON.parse('{"__proto__": {"polluted": true}, "code": "x"}') as unknown;
    const result = receive({ message: 'image_rejected', payload: [reason] });
    expect(result.ok).toBe(true);
    const copy = rejectedReasons(result)[0] as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'code']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('refused shapes', () => {
  const deepObject = JSON.parse(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`) as unknown;
  const withProtoEnvelope = Object.create({ message: 'analysis_completed', id: ID }) as object;
  const withGetter = Object.defineProperty({ message: 'analysis_completed' }, 'id', {
    get: () => ID,
    enumerable: true,
  });
  const throwingProxy = new Proxy(
    {},
    {
      getOwnPropertyDescriptor: () => {
        throw new Error('trap');
      },
      get: () => {
        throw new Error('trap');
      },
    },
  );
  const { proxy: revoked, revoke } = Proxy.revocable({ message: 'analysis_completed', id: ID }, {});
  revoke();

  it.each<[string, unknown, string]>([
    ['null', null, 'shape'],
    ['undefined', undefined, 'shape'],
    ['a number', 42, 'shape'],
    ['a boolean', true, 'shape'],
    ['an array', [{ message: 'analysis_completed', id: ID }], 'shape'],
    ['an empty object', {}, 'shape'],
    ['a non-string message', { message: 1, id: ID }, 'shape'],
    ['an over-long message name', { message: 'a'.repeat(65), id: ID }, 'shape'],
    ['a string one over the longest', 'a'.repeat(LONGEST_STRING + 1), 'shape'],
    ['a string of the longest length (read, then refused as an id)', 'a'.repeat(LONGEST_STRING), 'id'],
    [
      'a huge JSON string',
      JSON.stringify({ message: 'analysis_completed', id: ID, pad: 'x'.repeat(LONGEST_STRING) }),
      'shape',
    ],
    ['broken JSON', '{"message": "analysis_completed"', 'shape'],
    ['a JSON array string', '[1,2]', 'id'],
    ['deeply nested JSON arrays', `${'['.repeat(6000)}${']'.repeat(6000)}`, 'id'],
    ['deeply nested JSON objects', `${'{"a":'.repeat(2500)}1${'}'.repeat(2500)}`, 'shape'],
    [
      'deeply nested JSON reasons',
      `{"message":"image_rejected","payload":[${'['.repeat(4000)}${']'.repeat(4000)}]}`,
      'shape',
    ],
    ['a deep object in image_rejected', { message: 'image_rejected', payload: [deepObject] }, 'shape'],
    ['deep arrays in image_rejected', { message: 'image_rejected', payload: [nested(50)] }, 'shape'],
    ['a huge string in image_rejected', { message: 'image_rejected', payload: ['x'.repeat(10_000)] }, 'shape'],
    ['a function in image_rejected', { message: 'image_rejected', payload: [() => 1] }, 'shape'],
    ['a class instance in image_rejected', { message: 'image_rejected', payload: [new Date(0)] }, 'shape'],
    ['envelope keys on the prototype', withProtoEnvelope, 'shape'],
    ['a getter id', withGetter, 'shape'],
    ['a throwing Proxy', throwingProxy, 'shape'],
    ['a revoked Proxy', revoked, 'shape'],
    ['message "__proto__"', { message: '__proto__', id: ID }, 'unknown'],
    ['message "constructor"', { message: 'constructor', id: ID }, 'unknown'],
    ['message "toString"', { message: 'toString', id: ID }, 'unknown'],
    ['a JSON "__proto__" envelope', '{"__proto__": {"message": "analysis_completed", "id": "abcdefgh"}}', 'shape'],
    ['a "constructor" envelope', { constructor: { message: 'analysis_completed', id: ID } }, 'shape'],
  ])('%s', (_label, data, reason) => {
    expect(reasonOf(receive(data))).toBe(reason);
  });

  it.each<[string, unknown]>([
    ['missing', undefined],
    ['a number', 12345678],
    ['an object', { id: ID }],
    ['with /../', 'abcd/../efgh'],
    ['with ?', 'abcdefgh?format=pdf'],
    ['with #', 'abcdefgh#x'],
    ['with a space', 'abcd efgh'],
    ['with a control character', 'abcd\u0001efgh'],
    ['with a newline', `${ID}\n`],
    ['over-long', 'a'.repeat(513)],
    ['too short', 'abc'],
  ])('refuses an analysis_completed id that is %s', (_label, id) => {
    const data = id === undefined ? { message: 'analysis_completed' } : { message: 'analysis_completed', id };
    expect(reasonOf(receive(data))).toBe('id');
    expect(reasonOf(receive(JSON.stringify(data)))).toBe('id');
  });

  it('refuses bare strings that are not ids, and a bad company key, as id', () => {
    expect(reasonOf(receive('../../admin'))).toBe('id');
    expect(reasonOf(receive('hello world'))).toBe('id');
    expect(reasonOf(receive({ message: 'invalid_company_key', id: '<script>' }))).toBe('id');
  });

  it('names unknown messages in the detail, quoted with control characters escaped', () => {
    const result = receive({ message: 'resize', id: ID });
    expect(result).toEqual({ ok: false, reason: 'unknown', detail: 'unknown message "resize"' });
    const odd = receive({ message: 'x\ny', id: ID });
    expect(!odd.ok && odd.detail).toBe('unknown message "x\\ny"');
  });

  it('does not echo long untrusted strings into details', () => {
    const result = receive({ message: 'analysis_completed', id: 'z'.repeat(600) });
    expect(!result.ok && result.detail.length).toBeLessThan(200);
  });
});

describe('source check', () => {
  const iframeWindow = { name: 'iframe' } as unknown as MessageEventSource;
  const otherWindow = { name: 'other' } as unknown as MessageEventSource;
  const event = (source: MessageEventSource | null, origin = ORIGIN): MessageEventLike => ({
    source,
    origin,
    data: { message: 'analysis_completed', id: ID },
  });

  it('accepts only the expected window when one is configured', () => {
    const g = createMessageGuard({ getExpectedSource: () => iframeWindow });
    expect(g(event(iframeWindow)).ok).toBe(true);
    expect(reasonOf(g(event(otherWindow)))).toBe('source');
    expect(reasonOf(g(event(null)))).toBe('source');
  });

  it('checks the source before the origin', () => {
    const g = createMessageGuard({ getExpectedSource: () => iframeWindow });
    expect(reasonOf(g(event(otherWindow, 'https://evil.example')))).toBe('source');
    expect(reasonOf(g(event(iframeWindow, 'https://evil.example')))).toBe('origin');
  });

  it('refuses everything while the iframe has no window, and survives a throwing getter', () => {
    expect(reasonOf(createMessageGuard({ getExpectedSource: () => null })(event(null)))).toBe('source');
    expect(reasonOf(createMessageGuard({ getExpectedSource: () => undefined })(event(otherWindow)))).toBe('source');
    const throwing = createMessageGuard({
      getExpectedSource: () => {
        throw new Error('boom');
      },
    });
    expect(reasonOf(throwing(event(iframeWindow)))).toBe('source');
  });

  it('skips the source check when none is configured', () => {
    expect(createMessageGuard()(event(otherWindow)).ok).toBe(true);
  });

  it('survives an event whose properties throw', () => {
    const hostile = Object.defineProperty({}, 'origin', {
      get: () => {
        throw new Error('x');
      },
    }) as MessageEventLike;
    expect(reasonOf(createMessageGuard()(hostile))).toBe('shape');
  });
});
