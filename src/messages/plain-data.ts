import { describeType, isArraySafe, readOwnData } from './safe-read';

/** Limits for copying data whose shape is unpublished (the reasons of `image_rejected`). */
export interface PlainDataLimits {
  /** Levels of arrays/objects below the top value. */
  readonly maxDepth: number;
  /** Values copied in total (each primitive, array and object counts one). */
  readonly maxNodes: number;
  readonly maxStringLength: number;
  /** Keys of any one object. */
  readonly maxKeys: number;
}

export const PLAIN_DATA_LIMITS: PlainDataLimits = Object.freeze({
  maxDepth: 4,
  maxNodes: 500,
  maxStringLength: 2000,
  maxKeys: 50,
});

export type PlainDataResult<T = unknown> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly detail: string };

class BudgetExceeded extends Error {}

/**
 * A fresh copy of `value` made only of strings, numbers, booleans, null, undefined, arrays
 * and ordinary objects, or a reason why it cannot be copied within `limits`. The copy
 * stops as soon as a limit is hit, so oversized input is never walked in full.
 */
export function copyPlainData(value: unknown, limits: PlainDataLimits = PLAIN_DATA_LIMITS): PlainDataResult {
  return copyWithin(value, limits, (copy) => copy(value, 0));
}

/** `copyPlainData` for a list, with one budget shared by all items (the list itself is not a level). */
export function copyPlainList(items: readonly unknown[], limits: PlainDataLimits = PLAIN_DATA_LIMITS): PlainDataResult<unknown[]> {
  return copyWithin(items, limits, (copy) => items.map((item) => copy(item, 0)));
}

function copyWithin<T>(value: unknown, limits: PlainDataLimits, run: (copy: (input: unknown, depth: number) => unknown) => T): PlainDataResult<T> {
  let nodes = 0;

  const copy = (input: unknown, depth: number): unknown => {
    nodes += 1;
    if (nodes > limits.maxNodes) throw new BudgetExceeded(`more than ${limits.maxNodes} values`);
    if (input === null || input === undefined || typeof input === 'boolean' || typeof input === 'number') return input;
    if (typeof input === 'string') {
      if (input.length > limits.maxStringLength) throw new BudgetExceeded(`a string longer than ${limits.maxStringLength} characters`);
      return input;
    }
    if (typeof input !== 'object') throw new BudgetExceeded(`unsupported value of type ${typeof input}`);
    if (depth >= limits.maxDepth) throw new BudgetExceeded(`nesting deeper than ${limits.maxDepth} levels`);
    if (isArraySafe(input)) {
      const length = readOwnData(input, 'length');
      if (length.kind !== 'value' || typeof length.value !== 'number') throw new BudgetExceeded('an exotic array');
      if (length.value > limits.maxNodes) throw new BudgetExceeded(`an array of ${length.value} items`);
      const out: unknown[] = [];
      for (let index = 0; index < length.value; index += 1) {
        const item = readOwnData(input, String(index));
        if (item.kind === 'exotic') throw new BudgetExceeded('an array with accessor items');
        out.push(copy(item.kind === 'value' ? item.value : undefined, depth + 1));
      }
      return out;
    }
    const proto: unknown = Object.getPrototypeOf(input);
    if (proto !== Object.prototype && proto !== null) throw new BudgetExceeded('an object that is not a plain object');
    const keys = Object.keys(input);
    if (keys.length > limits.maxKeys) throw new BudgetExceeded(`an object with more than ${limits.maxKeys} keys`);
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const entry = readOwnData(input, key);
      if (entry.kind !== 'value') throw new BudgetExceeded('an object with accessor properties');
      // defineProperty, not assignment: a key named "__proto__" stays plain data.
      Object.defineProperty(out, key, { value: copy(entry.value, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };

  try {
    return { ok: true, value: run(copy) };
  } catch (error) {
    if (error instanceof BudgetExceeded) return { ok: false, detail: error.message };
    // A Proxy trap or similar threw: exotic input, refused without propagating.
    return { ok: false, detail: `unreadable ${describeType(value)}` };
  }
}
