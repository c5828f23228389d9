// Attribute values are strings (or null when absent); these read them into the components'
// prop types. An unusable value is reported once in the console and treated as absent, so
// the component's own default applies instead of a typo reaching the network.

/** `allowed-origins="https://a.example https://b.example"` or comma-separated; absent → undefined (the default). */
export function parseList(value: string | null): string[] | undefined {
  if (value === null) return undefined;
  return value.split(/[\s,]+/).filter((item) => item !== '');
}

/** A finite number, or undefined (absent, empty or not a number). */
export function parseNumber(value: string | null, attribute: string): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  if (Number.isFinite(number)) return number;
  warnIgnored(attribute, value, 'a number');
  return undefined;
}

/** One of `allowed`, or undefined. */
export function parseChoice<T extends string>(
  value: string | null,
  allowed: readonly T[],
  attribute: string,
): T | undefined {
  if (value === null) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  warnIgnored(attribute, value, allowed.join(' or '));
  return undefined;
}

/** `""`/`"true"` → true, `"false"` → false (a flag the iframe defaults to on can be turned off). */
export function parseFlag(value: string | null, attribute: string): boolean | undefined {
  if (value === null) return undefined;
  if (value === '' || value === 'true') return true;
  if (value === 'false') return false;
  warnIgnored(attribute, value, '"true" or "false"');
  return undefined;
}

/** Sets the attribute to `String(value)`, or removes it for null/undefined. */
export function reflect(element: Element, attribute: string, value: unknown): void {
  if (value === null || value === undefined) element.removeAttribute(attribute);
  else element.setAttribute(attribute, String(value));
}

const warned = new Set<string>();
function warnIgnored(attribute: string, value: string, expected: string): void {
  const key = `${attribute}=${value}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[legit-report-viewer] ${attribute}="${value}" is ignored: expected ${expected}.`);
}
