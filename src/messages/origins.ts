import { LegitConfigError } from './errors';

/** Production origin of the Legit.Health iframe (the default allowlist). */
export const LEGIT_IFRAME_ORIGIN = 'https://iframe.legit.health';
/** Pre-production origin, used by Legit.Health's own Android demo. Opt in explicitly. */
export const LEGIT_IFRAME_PREPRODUCTION_ORIGIN = 'https://iframe-pre.legit.health';

const DEFAULT_ALLOWED_ORIGINS: readonly string[] = Object.freeze([LEGIT_IFRAME_ORIGIN]);

/** `value` as an absolute `https:` or `http:` URL, or undefined. */
export function parseHttpUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Turns one configured entry into the exact `scheme://host[:port]` string a browser puts in
 * `MessageEvent.origin`. Case and a trailing `/` are normalised; anything that is not an
 * origin (wildcards, paths, queries, credentials, non-http schemes, "null") is refused,
 * because a silent partial match is how origin checks get bypassed.
 */
export function normalizeOrigin(entry: unknown, option = 'allowedOrigins'): string {
  if (typeof entry !== 'string') throw new LegitConfigError(option, `expected an origin string, got ${typeof entry}`);
  const refuse = (problem: string): never => {
    throw new LegitConfigError(option, `${JSON.stringify(entry)} ${problem}`);
  };
  const trimmed = entry.trim();
  if (trimmed.includes('*')) refuse('is a wildcard; list each exact origin');
  // Sandboxed and file: documents all have the origin "null".
  if (trimmed === 'null') refuse('is never trusted');
  const url = parseHttpUrl(trimmed) ?? refuse('is not an origin such as "https://host[:port]"');
  if (url.username !== '' || url.password !== '') refuse('must not contain credentials');
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || /[?#]/.test(trimmed)) {
    refuse(`has a path, query or fragment (did you mean "${url.origin}"?)`);
  }
  return url.origin;
}

/** Normalises a whole allowlist (deduplicated, frozen). An empty list is a mistake, not "allow none". */
export function normalizeAllowedOrigins(entries: readonly string[] | undefined): readonly string[] {
  if (entries === undefined) return DEFAULT_ALLOWED_ORIGINS;
  if (!Array.isArray(entries) || entries.length === 0) {
    throw new LegitConfigError(
      'allowedOrigins',
      'expected a non-empty array of origins (no message could ever be accepted)',
    );
  }
  const normalized = entries.map((entry, index) => normalizeOrigin(entry, `allowedOrigins[${index}]`));
  return Object.freeze([...new Set(normalized)]);
}
