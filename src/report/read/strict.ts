// Strict readers, inside a part (one conclusion, one band…): a wrong value throws `PartInvalid`, which
// `readPart(s)` turns into a warning and leaves the whole part out of the model. `essential` is stricter
// still: without that value the whole report is unreadable.
import { ReportParseError } from '../errors';
import { describe, fieldAt, isRecord, join, withoutNegativeZero, type JsonRecord } from './path';
import { optionalList, type Warnings } from './lenient';
import { mismatch, type Rule } from './rules';

/** Thrown inside a part reader: the part is left out, the reason recorded. */
export class PartInvalid {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {}
}

/** Strict, inside a part: absent → null; present but wrong → the part is invalid. */
export function requiredIfPresent<T>(value: unknown, path: string, rule: Rule<T>): T | null {
  if (value === undefined || value === null) return null;
  if (rule.test(value)) return withoutNegativeZero(value);
  throw new PartInvalid(path, mismatch(rule, value));
}

/** Strict, inside a part: absent or wrong → the part is invalid. */
export function required<T>(value: unknown, path: string, rule: Rule<T>): T {
  if (rule.test(value)) return withoutNegativeZero(value);
  throw new PartInvalid(path, mismatch(rule, value));
}

/** Strict: the value must be an object. */
export function requiredRecord(value: unknown, path: string): JsonRecord {
  if (isRecord(value)) return value;
  throw new PartInvalid(path, `expected an object, got ${describe(value)}`);
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

export const pickRequired = <T>(record: unknown, path: string, key: string, rule: Rule<T>): T =>
  required(fieldAt(record, key), join(path, key), rule);

export const pickParts = <T>(
  warnings: Warnings,
  record: unknown,
  path: string,
  key: string,
  readItem: ReadPart<T>,
): T[] => readParts(warnings, fieldAt(record, key), join(path, key), readItem);

/** Something every report must have: its absence makes the whole report unreadable. */
export function essential<T>(value: unknown, path: string, rule: Rule<T>): T {
  if (rule.test(value)) return withoutNegativeZero(value);
  throw new ReportParseError(path, rule.expected);
}
