import { LegitConfigError } from './errors';

/** Production origin of the Legit.Health iframe (the default allowlist). */
export const LEGIT_IFRAME_ORIGIN = 'https://iframe.legit.health';
/** Pre-production origin, used by Legit.Health's own Android demo. Opt in explicitly. */
export const LEGIT_IFRAME_PREPRODUCTION_ORIGIN = 'https://iframe-pre.legit.health';

export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = Object.freeze([LEGIT_IFRAME_ORIGIN]);

/**
 * Turns one configured entry into the exact `scheme://host[:port]` string a browser puts in
 * `MessageEvent.origin`. Case and a trailing `/` are normalised; anything that is not an
 * origin (wildcards, paths, queries, credentials, non-http schemes, "null") is refused,
 * because a silent partial match is how origin checks get bypassed.
 */
export function normalizeOrigin(entry: unknown, option = 'allowedOrigins'): string {
  if (typeof entry !== 'string') throw new LegitConfigError(option, `expected an origin string, got ${typeof entry}`);
  const trimmed = entry.trim();
  if (trimmed.includes('*')) {
    throw new LegitConfigError(option, `wildcards are not supported ("${entry}"); list each exact origin, e.g. "${LEGIT_IFRAME_ORIGIN}"`);
  }
  if (trimmed === 'null') {
    throw new LegitConfigError(option, '"null" (sandboxed or file: documents) cannot be trusted as an origin');
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new LegitConfigError(option, `"${entry}" is not an origin; expected "https://host[:port]"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new LegitConfigError(option, `"${entry}" must use https: (or http: for local development)`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new LegitConfigError(option, `"${entry}" must not contain credentials`);
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || /[?#]/.test(trimmed)) {
    throw new LegitConfigError(option, `"${entry}" has a path, query or fragment; an origin is only "scheme://host[:port]" (did you mean "${url.origin}"?)`);
  }
  return url.origin;
}

/** Normalises a whole allowlist (deduplicated, frozen). An empty list is a mistake, not "allow none". */
export function normalizeAllowedOrigins(entries: readonly string[] | undefined): readonly string[] {
  if (entries === undefined) return DEFAULT_ALLOWED_ORIGINS;
  if (!Array.isArray(entries)) throw new LegitConfigError('allowedOrigins', 'expected an array of origin strings');
  if (entries.length === 0) {
    throw new LegitConfigError('allowedOrigins', `is empty; no message could ever be accepted (the default is ["${LEGIT_IFRAME_ORIGIN}"])`);
  }
  const normalized = entries.map((entry, index) => normalizeOrigin(entry, `allowedOrigins[${index}]`));
  return Object.freeze([...new Set(normalized)]);
}
