// Reading untrusted values without running their code: only own data properties are
// read (no getters, no prototype chain), and every read is guarded so that a Proxy or
// other exotic object cannot make the caller throw.

export type OwnRead =
  { readonly kind: 'absent' } | { readonly kind: 'value'; readonly value: unknown } | { readonly kind: 'exotic' };

const ABSENT: OwnRead = { kind: 'absent' };
const EXOTIC: OwnRead = { kind: 'exotic' };

/** The own data property `key` of `target`; `exotic` for accessors or when inspection throws. */
export function readOwnData(target: object, key: string): OwnRead {
  try {
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (descriptor === undefined) return ABSENT;
    if (!('value' in descriptor)) return EXOTIC;
    return { kind: 'value', value: descriptor.value };
  } catch {
    return EXOTIC;
  }
}

/** `Array.isArray` that cannot throw (it throws for a revoked Proxy). */
export function isArraySafe(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * For an array, its first `max` items read as own data (a hole reads `undefined`);
 * `undefined` when its length or an item is not plain data; `null` when it is no array.
 */
export function readOwnItems(value: unknown, max: number): unknown[] | undefined | null {
  if (!isArraySafe(value)) return null;
  const length = readOwnData(value, 'length');
  if (length.kind !== 'value' || typeof length.value !== 'number') return undefined;
  const items: unknown[] = [];
  for (let index = 0; index < Math.min(length.value, max); index += 1) {
    const item = readOwnData(value, String(index));
    if (item.kind === 'exotic') return undefined;
    items.push(item.kind === 'value' ? item.value : undefined);
  }
  return items;
}

/** A short, printable rendering of an untrusted string, for log and rejection details. */
export function quoteForDetail(value: string, max = 64): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(cut);
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (isArraySafe(value)) return 'an array';
  return typeof value;
}
