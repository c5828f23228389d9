// Where a value sits in untrusted JSON, and how to name it in a warning without quoting it.

export type JsonRecord = Record<string, unknown>;

export const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own property of an object (never an inherited one such as `constructor`). */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** `record[key]`, where a dotted key (`content.url`) walks nested objects. */
export const fieldAt = (record: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((value, part) => field(value, part), record);

export const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** Names a value's kind for a warning without echoing untrusted text (it may be a credential). */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.trim() === '' ? 'an empty string' : 'a string';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** JSON may say `-0`; the model holds `0` (a model is plain JSON, and `-0` does not survive a round trip). */
export function withoutNegativeZero<T>(value: T): T {
  return Object.is(value, -0) ? (0 as T) : value;
}
