// Who may mint an iframe key: the key is a working credential for the clinic's account, so the route is
// closed unless the portal authorizes the request, and a browser may ask only from an allowed page.
import { allowedOrigin } from './http-headers';

/**
 * Whether a key request's `Origin` is acceptable: absent (a server or a script, which `authorizeCompanyAppKey`
 * alone must judge), an allowed origin, or this proxy's own origin (same-origin POSTs carry `Origin` too).
 * Unlike the report route this holds without `Sec-Fetch-Site`, which older browsers do not send: a cross-site
 * form POST from them would otherwise mint a key with the clinician's cookies.
 */
export function appKeyOriginAllowed(request: Request, allowedOrigins: ReadonlySet<string>): boolean {
  const origin = request.headers.get('origin');
  if (origin === null || allowedOrigin(request, allowedOrigins) !== undefined) return true;
  if (request.headers.get('sec-fetch-site') === 'same-origin') return true;
  return origin === new URL(request.url).origin;
}
