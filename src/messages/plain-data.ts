import { readOwnData, readOwnItems } from './safe-read';

// Limits for copying data whose shape is unpublished (the reasons of `image_rejected`).
/** Levels of arrays/objects below each item. */
const MAX_DEPTH = 4;
/** Values copied in total (each primitive, array and object counts one). */
const MAX_NODES = 500;
const MAX_STRING_LENGTH = 2000;
/** Keys of any one object. */
const MAX_KEYS = 50;

export type PlainDataResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly detail: string };

class Refused {
  constructor(readonly detail: string) {}
}

function refuse(detail: string): never {
  throw new Refused(detail);
}

/**
 * A fresh copy of each item made only of strings, numbers, booleans, null, undefined, arrays
 * and ordinary objects, within one budget shared by all items (the list itself is not a
 * level), or a reason why it cannot be copied. The copy stops as soon as a limit is hit, so
 * oversized input is never walked in full.
 */
export function copyPlainList(items: readonly unknown[]): PlainDataResult<unknown[]> {
  let nodes = 0;

  const copy = (input: unknown, depth: number): unknown => {
    if (++nodes > MAX_NODES) refuse(`more than ${MAX_NODES} values`);
    if (input === null || input === undefined || typeof input === 'boolean' || typeof input === 'number') return input;
    if (typeof input === 'string')
      return input.length > MAX_STRING_LENGTH ? refuse(`a string over ${MAX_STRING_LENGTH} characters`) : input;
    if (typeof input !== 'object') refuse(`a ${typeof input}`);
    if (depth >= MAX_DEPTH) refuse(`nesting deeper than ${MAX_DEPTH} levels`);
    // An array longer than the budget fails on its items, so reading that many is enough.
    const list = readOwnItems(input, MAX_NODES);
    if (list !== null) return (list ?? refuse('an array with accessor items')).map((item) => copy(item, depth + 1));
    const proto: unknown = Object.getPrototypeOf(input);
    if (proto !== Object.prototype && proto !== null) refuse('an object that is not a plain object');
    const keys = Object.keys(input);
    if (keys.length > MAX_KEYS) refuse(`an object with over ${MAX_KEYS} keys`);
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const entry = readOwnData(input, key);
      if (entry.kind !== 'value') refuse('an object with accessor properties');
      // defineProperty, not assignment: a key named "__proto__" stays plain data.
      Object.defineProperty(out, key, {
        value: copy(entry.value, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  };

  try {
    return { ok: true, value: items.map((item) => copy(item, 0)) };
  } catch (error) {
    // Anything but our own refusal is a Proxy trap or similar: exotic input, refused without propagating.
    return { ok: false, detail: error instanceof Refused ? error.detail : 'unreadable data' };
  }
}
