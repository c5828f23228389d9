/**
 * Small readers for untrusted JSON. Two ways to react to a bad value:
 * - `optional…` (lenient): absent or null gives `null`; a wrong value gives `null`
 *   and a warning. Used for single facts whose neighbours stay valid.
 * - `required` / `nullable` (strict): a wrong value throws `PartInvalid`, which
 *   `readParts` turns into a warning and leaves the whole part (one conclusion,
 *   one band…) out of the model.
 * Hand-written rather than a schema library: the rules are one-liners, and the two
 * reactions above (keep the part, or drop it, and say why either way) are the policy
 * no schema library expresses. Measured: valibot for these rules adds ~1.3 kB gzip
 * (+26 %) to the parser; zod/mini's functions alone are ~8 kB gzip.
 */
import type { ParseWarning, Severity } from './model';
import { ReportParseError } from './errors';
import { checkReportUrl } from './url-policy';

export type Warnings = ParseWarning[];
export type JsonRecord = Record<string, unknown>;

/** What a value must be, and how to say so in a warning. */
export interface Rule<T> {
  expected: string;
  test(value: unknown): value is T;
}

/** Thrown inside a part reader: the part is left out, the reason recorded. */
export class PartInvalid {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {}
}

export const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own property of an object (never an inherited one such as `constructor`). */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

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

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export const text: Rule<string> = {
  expected: 'a non-empty string',
  test: (value): value is string => typeof value === 'string' && value.trim() !== '',
};
export const anyString: Rule<string> = {
  expected: 'a string',
  test: (value): value is string => typeof value === 'string',
};
export const finite: Rule<number> = { expected: 'a finite number', test: isFiniteNumber };
export const nonNegative: Rule<number> = {
  expected: 'a finite number ≥ 0',
  test: (value): value is number => isFiniteNumber(value) && value >= 0,
};
export const percentage: Rule<number> = {
  expected: 'a percentage from 0 to 100',
  test: (value): value is number => isFiniteNumber(value) && value >= 0 && value <= 100,
};
export const severity: Rule<Severity> = {
  expected: 'a severity of 1, 2 or 3',
  test: (value): value is Severity => value === 1 || value === 2 || value === 3,
};
export const numberOrString: Rule<number | string> = {
  expected: 'a number or a string',
  test: (value): value is number | string => isFiniteNumber(value) || typeof value === 'string',
};
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
export const timestamp: Rule<string> = {
  expected: 'an ISO-8601 date-time',
  test: (value): value is string =>
    typeof value === 'string' && ISO_8601.test(value) && !Number.isNaN(Date.parse(value)),
};

const mismatch = (rule: Rule<unknown>, value: unknown): string => `expected ${rule.expected}, got ${describe(value)}`;

/** Lenient: absent → null; wrong → null and a warning. */
export function optional<T>(warnings: Warnings, value: unknown, path: string, rule: Rule<T>): T | null {
  if (value === undefined || value === null) return null;
  if (rule.test(value)) return value;
  warnings.push({ path, reason: mismatch(rule, value) });
  return null;
}

/** Strict, inside a part: absent → null; wrong → the part is invalid. */
export function nullable<T>(value: unknown, path: string, rule: Rule<T>): T | null {
  if (value === undefined || value === null) return null;
  if (rule.test(value)) return value;
  throw new PartInvalid(path, mismatch(rule, value));
}

/** Strict, inside a part: absent or wrong → the part is invalid. */
export function required<T>(value: unknown, path: string, rule: Rule<T>): T {
  if (rule.test(value)) return value;
  throw new PartInvalid(path, mismatch(rule, value));
}

/** Strict: the value must be an object. */
export function requiredRecord(value: unknown, path: string): JsonRecord {
  if (isRecord(value)) return value;
  throw new PartInvalid(path, `expected an object, got ${describe(value)}`);
}

/** Lenient: absent → null; not an object → null and a warning. */
export function optionalRecord(warnings: Warnings, value: unknown, path: string): JsonRecord | null {
  if (value === undefined || value === null) return null;
  if (isRecord(value)) return value;
  warnings.push({ path, reason: `expected an object, got ${describe(value)}` });
  return null;
}

/** Lenient: absent → []; not an array → [] and a warning. */
export function optionalList(warnings: Warnings, value: unknown, path: string): readonly unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  warnings.push({ path, reason: `expected an array, got ${describe(value)}` });
  return [];
}

/** Lenient: a URL that passes the URL policy, else null (with a warning unless absent). */
export function optionalUrl(warnings: Warnings, value: unknown, path: string): string | null {
  const candidate = optional(warnings, value, path, anyString);
  if (candidate === null) return null;
  const verdict = checkReportUrl(candidate);
  if (verdict.ok) return verdict.url;
  warnings.push({ path, reason: `URL dropped: ${verdict.reason}` });
  return null;
}

/** Runs a strict part reader; an invalid part is left out and recorded. */
export function readPart<T>(warnings: Warnings, read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof PartInvalid)) throw error;
    warnings.push({ path: error.path, reason: error.reason });
    return null;
  }
}

/** Reads one element of a list strictly (throwing `PartInvalid` for a bad one). */
export type ReadPart<T> = (warnings: Warnings, item: unknown, path: string) => T;

/** Reads each element of a list with a strict part reader, leaving invalid ones out. */
export function readParts<T>(warnings: Warnings, value: unknown, path: string, readItem: ReadPart<T>): T[] {
  const items = optionalList(warnings, value, path);
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) {
    const part = readPart(warnings, () => readItem(warnings, items[i], join(path, i)));
    if (part !== null) out.push(part);
  }
  return out;
}

// Keyed forms of the readers above: `record[key]` read and reported at `path.key`, where a
// dotted key (`content.url`) walks nested objects.
const fieldAt = (record: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((value, part) => field(value, part), record);

export const pick = <T>(warnings: Warnings, record: unknown, path: string, key: string, rule: Rule<T>): T | null =>
  optional(warnings, fieldAt(record, key), join(path, key), rule);

export const pickRequired = <T>(record: unknown, path: string, key: string, rule: Rule<T>): T =>
  required(fieldAt(record, key), join(path, key), rule);

export const pickRecord = (warnings: Warnings, record: unknown, path: string, key: string): JsonRecord | null =>
  optionalRecord(warnings, fieldAt(record, key), join(path, key));

export const pickUrl = (warnings: Warnings, record: unknown, path: string, key: string): string | null =>
  optionalUrl(warnings, fieldAt(record, key), join(path, key));

/** The first element of the list at `record[key]` (lenient: not a list reads as empty). */
export const pickFirst = (warnings: Warnings, record: unknown, path: string, key: string): unknown =>
  optionalList(warnings, fieldAt(record, key), join(path, key))[0];

export const pickParts = <T>(
  warnings: Warnings,
  record: unknown,
  path: string,
  key: string,
  readItem: ReadPart<T>,
): T[] => readParts(warnings, fieldAt(record, key), join(path, key), readItem);

/** Empty text means "not given" for descriptions. */
export const blankToNull = (value: string | null): string | null =>
  value === null || value.trim() === '' ? null : value;

/** Something every report must have: its absence makes the whole report unreadable. */
export function essential<T>(value: unknown, path: string, rule: Rule<T>): T {
  if (rule.test(value)) return value;
  throw new ReportParseError(path, rule.expected);
}

export const objectRule: Rule<JsonRecord> = { expected: 'an object', test: isRecord };
