/**
 * Which URLs from a report may reach the page. A report is untrusted input, so a
 * URL is kept only when it is `https:`, or `http:` to this machine (development).
 * Links that carry credentials in their query (`apiKey`, `authKey`, as the PDF link
 * does; the proxy's list of names, in any encoding or nesting) are refused too: they
 * must never reach a browser.
 */
import { carriesCredential } from '../contract/credential-params';
import { isLoopbackHostname } from '../contract/loopback';

export type UrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

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
  if (carriesCredential(url.search + url.hash)) {
    return { ok: false, reason: 'URL carries an API credential' };
  }
  // Kept as sent: the browser resolves it exactly as the parser just did.
  return { ok: true, url: text };
}
