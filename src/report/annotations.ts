/**
 * FHIR media `annotations`: "null or relevant metadata about image findings", in a form
 * Legit.Health does not publish. Each one is kept as plain JSON, for the viewer to show as text
 * beside its image; nothing is read into it.
 */
import type { JsonValue } from './model';
import { copyJson } from './extra-data';
import { optionalList, type Warnings } from './read/lenient';
import { join } from './read/path';

export function readAnnotations(warnings: Warnings, value: unknown, path: string): JsonValue[] {
  const out: JsonValue[] = [];
  optionalList(warnings, value, path).forEach((item, i) => {
    const copy = copyJson(item, 1);
    if (copy === undefined) warnings.push({ path: join(path, i), reason: 'expected plain JSON' });
    else if (copy !== null) out.push(copy);
  });
  return out;
}
