/**
 * The portal's own `extraData`, passed back through the report: a string, or (v3)
 * an object. The object is copied, never aliased, and only if it is plain JSON
 * of bounded depth, so a hostile report cannot exhaust the stack.
 */
import type { JsonValue } from './model';
import type { Warnings } from './read/lenient';
import { describe, isRecord } from './read/path';

const MAX_DEPTH = 64;
type JsonObject = { [key: string]: JsonValue };

/** A JSON-only copy, or undefined when something in it is not JSON or nests too deep. */
export function copyJson(value: unknown, depth: number): JsonValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (depth >= MAX_DEPTH) return undefined;
  if (Array.isArray(value)) {
    const out: JsonValue[] = [];
    for (const item of value) {
      const copy = copyJson(item, depth + 1);
      if (copy === undefined) return undefined;
      out.push(copy);
    }
    return out;
  }
  if (isRecord(value)) return copyObject(value, depth);
  return undefined;
}

function copyObject(value: Record<string, unknown>, depth: number): JsonObject | undefined {
  const out: JsonObject = {};
  for (const key of Object.keys(value)) {
    const copy = copyJson(value[key], depth + 1);
    if (copy === undefined) return undefined;
    // defineProperty: a `__proto__` key stays an ordinary key.
    Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export function readExtraData(warnings: Warnings, value: unknown, path: string): string | JsonObject | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (isRecord(value)) {
    const copy = copyObject(value, 0);
    if (copy !== undefined) return copy;
    warnings.push({ path, reason: `expected plain JSON nested at most ${MAX_DEPTH} deep` });
    return null;
  }
  warnings.push({ path, reason: `expected a string or an object, got ${describe(value)}` });
  return null;
}
