import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidReportId } from '../../../src/contract/report-id';
import { createMessageGuard } from '../../../src/messages/guard';
import type { GuardResult, MessageEventLike } from '../../../src/messages/types';

const ORIGIN = 'https://iframe.legit.health';
const ALLOWED_ID_CHARS = /^[A-Za-z0-9+/=_-]{8,512}$/;
const guard = createMessageGuard();
const expectedWindow = { tag: 'iframe' } as unknown as MessageEventSource;
const sourceGuard = createMessageGuard({ getExpectedSource: () => expectedWindow });

const idLike = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'ABCxyz019+/=_-'), minLength: 0, maxLength: 600 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '../../etc/passwd',
    'abcd/../efgh',
    'abcdefgh?x',
    'abcdefgh#x',
    'ab cd ef gh',
    '__proto__',
    'constructor',
  ),
);
const messageName = fc.oneof(
  fc.constantFrom('analysis_completed', 'invalid_company_key', 'image_rejected', '__proto__', 'constructor'),
  fc.string(),
);
const envelope = fc.record(
  { message: fc.oneof(messageName, fc.anything()), id: fc.oneof(idLike, fc.anything()), payload: fc.anything() },
  { requiredKeys: [] },
);
const data = fc.oneof(
  fc.anything({
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withUnicodeString: true,
  }),
  envelope,
  envelope.map((e) => {
    try {
      return JSON.stringify(e);
    } catch {
      return '{';
    }
  }),
  idLike,
);
const origin = fc.oneof(
  fc.constant(ORIGIN),
  fc.constantFrom('null', 'http://iframe.legit.health', 'https://iframe.legit.health.evil.example'),
  fc.string(),
);

function accepted(result: GuardResult): string[] {
  if (!result.ok) return [];
  switch (result.event.type) {
    case 'analysis_completed':
      return [result.event.reportId];
    case 'invalid_company_key':
      return [result.event.companyKey];
    case 'image_rejected':
      return [];
  }
}

describe('guard properties', () => {
  it('never throws, and every accepted id matches the allowed charset and length', () => {
    // How often each guard accepted: the implications below must have been tested, not just held vacuously.
    const acceptedRuns = new Map([
      [guard, 0],
      [sourceGuard, 0],
    ]);
    fc.assert(
      fc.property(data, origin, fc.boolean(), (value, from, fromIframe) => {
        const event: MessageEventLike = { data: value, origin: from, source: fromIframe ? expectedWindow : null };
        for (const g of [guard, sourceGuard]) {
          const result = g(event);
          expect(typeof result.ok).toBe('boolean');
          expect((result.ok ? '' : result.detail).length).toBeLessThan(400);
          for (const id of accepted(result)) {
            expect(id).toMatch(ALLOWED_ID_CHARS);
            expect(isValidReportId(id)).toBe(true);
          }
          expect(result.ok && from !== ORIGIN, 'accepted from another origin').toBe(false);
          expect(result.ok && g === sourceGuard && !fromIframe, 'accepted from a window not the iframe').toBe(false);
          if (result.ok) acceptedRuns.set(g, (acceptedRuns.get(g) ?? 0) + 1);
        }
      }),
      { numRuns: 2000 },
    );
    expect(acceptedRuns.get(guard)).toBeGreaterThanOrEqual(10);
    expect(acceptedRuns.get(sourceGuard)).toBeGreaterThanOrEqual(5);
  });

  it('accepts every valid id sent in the documented envelope from the allowed origin', () => {
    const validId = fc.string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-'),
      minLength: 8,
      maxLength: 512,
    });
    fc.assert(
      fc.property(validId, (id) => {
        expect(guard({ origin: ORIGIN, source: null, data: { message: 'analysis_completed', id } })).toEqual({
          ok: true,
          event: { type: 'analysis_completed', reportId: id },
        });
      }),
    );
  });

  it('never throws for hostile Proxy data', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.constantFrom('getOwnPropertyDescriptor', 'get', 'ownKeys', 'getPrototypeOf', 'has'),
        (target, trap) => {
          const base =
            typeof target === 'object' && target !== null ? target : { message: 'image_rejected', payload: [target] };
          const hostile = new Proxy(base, {
            [trap]: () => {
              throw new Error('trap');
            },
          });
          expect(() => guard({ origin: ORIGIN, source: null, data: hostile })).not.toThrow();
          expect(() =>
            guard({ origin: ORIGIN, source: null, data: { message: 'image_rejected', payload: [hostile] } }),
          ).not.toThrow();
        },
      ),
    );
  });
});
