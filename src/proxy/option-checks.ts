// Checks shared by the options resolver and the environment reader. Problems are sentences that name the
// option and never echo a value that could be a secret.
import { isLoopbackHostname } from '../contract/loopback';

/** The leak checks look for the token inside upstream text; a very short value would match ordinary words. */
export const MIN_TOKEN_LENGTH = 16;

/**
 * A URL a secret is sent to (the token, a session's cookies), named `name` in its problems: absolute, https:
 * (http: only to this machine), with no credentials of its own. Never echoes the value.
 */
export function secretBearingUrl(value: string, name: string): { url: URL | undefined; problems: string[] } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { url: undefined, problems: [`${name} is not an absolute URL`] };
  }
  const problems: string[] = [];
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHostname(url.hostname))) {
    problems.push(`${name} must use https: (http: is allowed only to localhost)`);
  }
  if (url.username !== '' || url.password !== '') problems.push(`${name} must not contain credentials`);
  return { url, problems };
}

/** Problems with a base URL, or none. Never echoes the value (it could hold a credential). */
export function apiBaseUrlProblems(value: unknown, name = 'apiBaseUrl'): string[] {
  if (typeof value !== 'string' || value.trim() === '') return [`${name} is required (e.g. https://host/s2s-api/v3)`];
  const { url, problems } = secretBearingUrl(value, name);
  if (url !== undefined && (url.search !== '' || url.hash !== ''))
    problems.push(`${name} must not have a query or fragment`);
  return problems;
}

/** Problems with an allowed-origin entry, or none. */
export function originProblems(value: string): string[] {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [`allowed origin "${value}" is not an origin like https://portal.example`];
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== value) {
    return [`allowed origin "${value}" must be an exact origin (scheme://host[:port], no path or trailing slash)`];
  }
  return [];
}
