// What a value must be, one rule per kind of fact, and how a mismatch is said in a warning.
// Hand-written, not a schema library: see docs/decisions/hand-written-json-readers.md.
import type { Severity } from '../model';
import { describe, isRecord, type JsonRecord } from './path';

/** What a value must be, and how to say so in a warning. */
export interface Rule<T> {
  expected: string;
  test(value: unknown): value is T;
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A string with something in it besides spaces. */
export const nonBlankText: Rule<string> = {
  expected: 'a non-empty string',
  test: (value): value is string => typeof value === 'string' && value.trim() !== '',
};
/** Any string, blank included. */
export const anyText: Rule<string> = {
  expected: 'a string',
  test: (value): value is string => typeof value === 'string',
};
export const finite: Rule<number> = { expected: 'a finite number', test: isFiniteNumber };
export const nonNegative: Rule<number> = {
  expected: 'a finite number ≥ 0',
  test: (value): value is number => isFiniteNumber(value) && value >= 0,
};
/** A percentage as a number; `inPercentRange` says whether it lies in the documented 0–100. */
export const percentage: Rule<number> = { expected: 'a percentage from 0 to 100', test: isFiniteNumber };
export const inPercentRange = (value: number): boolean => value >= 0 && value <= 100;
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
export const objectRule: Rule<JsonRecord> = { expected: 'an object', test: isRecord };

/** The warning's reason when a value breaks a rule. */
export const mismatch = (rule: Rule<unknown>, value: unknown): string =>
  `expected ${rule.expected}, got ${describe(value)}`;
