// Lenient readers, for single facts whose neighbours stay valid: absent or null gives `null`; a wrong
// value gives `null` and a warning. The `pick…` forms read `record[key]` and report at `path.key`.
import type { ParseWarning } from '../model';
import { checkReportUrl, type UrlPolicy } from '../url-policy';
import { describe, fieldAt, isRecord, join, withoutNegativeZero, type JsonRecord } from './path';
import { anyText, inPercentRange, mismatch, percentage, type Rule } from './rules';

export type Warnings = ParseWarning[];

/** Lenient: absent → null; wrong → null and a warning. */
export function optional<T>(warnings: Warnings, value: unknown, path: string, rule: Rule<T>): T | null {
  if (value === undefined || value === null) return null;
  if (rule.test(value)) return withoutNegativeZero(value);
  warnings.push({ path, reason: mismatch(rule, value) });
  return null;
}

/**
 * Lenient, for a percentage: absent → null; not a number → null and a warning. A number outside
 * 0–100 is kept as the report gives it, with a warning naming the field: a clinician sees the odd
 * value and its neighbours, instead of losing the value (or the conclusion that holds it).
 */
export function optionalPercentage(warnings: Warnings, value: unknown, path: string): number | null {
  const number = optional(warnings, value, path, percentage);
  if (number !== null && !inPercentRange(number))
    warnings.push({ path, reason: `${mismatch(percentage, number)}; shown as the report gives it`, kept: true });
  return number;
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
export function optionalUrl(warnings: Warnings, value: unknown, path: string, policy: UrlPolicy): string | null {
  const candidate = optional(warnings, value, path, anyText);
  if (candidate === null) return null;
  const verdict = checkReportUrl(candidate, policy);
  if (verdict.ok) return verdict.url;
  warnings.push({ path, reason: `URL dropped: ${verdict.reason}` });
  return null;
}

export const pick = <T>(warnings: Warnings, record: unknown, path: string, key: string, rule: Rule<T>): T | null =>
  optional(warnings, fieldAt(record, key), join(path, key), rule);

export const pickRecord = (warnings: Warnings, record: unknown, path: string, key: string): JsonRecord | null =>
  optionalRecord(warnings, fieldAt(record, key), join(path, key));

export const pickPercentage = (warnings: Warnings, record: unknown, path: string, key: string): number | null =>
  optionalPercentage(warnings, fieldAt(record, key), join(path, key));

export const pickUrl = (
  warnings: Warnings,
  record: unknown,
  path: string,
  key: string,
  policy: UrlPolicy,
): string | null => optionalUrl(warnings, fieldAt(record, key), join(path, key), policy);

/** The first element of the list at `record[key]` (lenient: not a list reads as empty). */
export const pickFirst = (warnings: Warnings, record: unknown, path: string, key: string): unknown =>
  optionalList(warnings, fieldAt(record, key), join(path, key))[0];

/** Empty text means "not given" for descriptions. */
export const blankToNull = (value: string | null): string | null =>
  value === null || value.trim() === '' ? null : value;
