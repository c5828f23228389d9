/**
 * Which URLs from a report may reach the page. A report is untrusted input, so a
 * URL is kept only when it is `https:`, or `http:` to this machine (development).
 * Links that carry Legit.Health credentials in their query (`apiKey`, `authKey`,
 * as the PDF link does) are refused too: they must never reach a browser.
 */
import { isLoopbackHostname } from '../contract/loopback';

export type UrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

const CREDENTIAL_PARAMS = new Set(['apikey', 'authkey']);

export function checkReportUrl(text: string): UrlVerdict {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'not an absolute URL' };
  }
  if (url.protocol === 'http:' && !isLoopbackHostname(url.hostname)) {
    return { ok: false, reason: 'http: is allowed only to localhost' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: `scheme ${url.protocol} is not allowed` };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'URL carries user credentials' };
  }
  const params = [...url.searchParams.keys(), ...new URLSearchParams(url.hash.slice(1)).keys()];
  if (params.some((name) => CREDENTIAL_PARAMS.has(name.toLowerCase().replace(/[^a-z]/g, '')))) {
    return { ok: false, reason: 'URL carries an API credential' };
  }
  // Kept as sent: the browser resolves it exactly as the parser just did.
  return { ok: true, url: text };
}
