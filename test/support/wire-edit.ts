/**
 * Derives fixture variants: `edit(fixture, { 'result.conclusions[0].probability': 'abc' })`
 * returns a deep copy with each path set (or deleted, for `DELETE`).
 */
export const DELETE = Symbol('delete');

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

function segments(path: string): Array<string | number> {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((s) => s !== '')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function setAt(container: Container, key: string | number, value: unknown): void {
  if (Array.isArray(container) && typeof key === 'number') {
    if (value === DELETE) container.splice(key, 1);
    else container[key] = value;
    return;
  }
  const record = container as Record<string, unknown>;
  if (value === DELETE) delete record[String(key)];
  else record[String(key)] = value;
}

export function edit(fixture: unknown, edits: Record<string, unknown>): unknown {
  const copy: unknown = structuredClone(fixture);
  for (const [path, value] of Object.entries(edits)) {
    const keys = segments(path);
    const last = keys.pop();
    let node: unknown = copy;
    for (const key of keys) {
      if (!isContainer(node)) throw new Error(`edit: ${path} does not exist`);
      node = (node as Record<string, unknown>)[String(key)];
    }
    if (!isContainer(node) || last === undefined) throw new Error(`edit: ${path} does not exist`);
    setAt(node, last, value);
  }
  return copy;
}
