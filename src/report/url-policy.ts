/**
 * Which URLs from a report may reach the page. A report is untrusted input, so a
 * URL is kept only when it is `https:`, or, when the portal says it is developing
 * against a local mock (`allowHttpLoopbackUrls`), `http:` to this machine: otherwise
 * a report could make the clinician's browser send requests to local services.
 * Links that carry credentials in their query or fragment (`apiKey`, `authKey`, as the
 * PDF link does, and the proxy's other names) are refused too: they must never reach a
 * browser. (The proxy also finds them encoded or nested in other links' parameters.)
 */
import { isCredentialParamName } from '../contract/credential-params';
import { isLoopbackHostname } from '../contract/loopback';

export type UrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

/** What the URL policy lets through beyond `https:`. */
export interface UrlPolicy {
  /** Development only: keep `http:` URLs to localhost, 127.0.0.0/8 and [::1] (a local mock's images). Default false. */
  allowHttpLoopbackUrls?: boolean;
}

export function checkReportUrl(text: string, policy: UrlPolicy = {}): UrlVerdict {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'not an absolute URL' };
  }
  if (url.protocol === 'http:' && !isLoopbackHostname(url.hostname)) {
    return { ok: false, reason: 'http: is allowed only to localhost' };
  }
  if (url.protocol === 'http:' && policy.allowHttpLoopbackUrls !== true) {
    return { ok: false, reason: 'http: to localhost is allowed only in development (allowHttpLoopbackUrls)' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: `scheme ${url.protocol} is not allowed` };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'URL carries user credentials' };
  }
  const params = [...url.searchParams.keys(), ...new URLSearchParams(url.hash.slice(1)).keys()];
  if (params.some(isCredentialParamName)) {
    return { ok: false, reason: 'URL carries an API credential' };
  }
  // Kept as sent: the browser resolves it exactly as the parser just did.
  return { ok: true, url: text };
}
