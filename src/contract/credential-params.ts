// Query and fragment parameters that carry a credential. Legit.Health's PDF links carry `apiKey` and
// `authKey`; the others are the usual names of a secret in a URL. The proxy rewrites a report string that
// carries one (after decoding it, nested links included: proxy/credential-scan.ts), and the widget drops a
// report URL whose own parameters name one: the same names for both halves.

/** The names, lower case, letters and digits only: `api-key`, `API_KEY` and `apiKey` all read `apikey`. */
const CREDENTIAL_KEYS = new Set(['apikey', 'authkey', 'token', 'signature', 'secret']);

/** Whether a (percent-decoded) parameter name carries a credential. */
export function isCredentialParamName(name: string): boolean {
  return CREDENTIAL_KEYS.has(name.toLowerCase().replace(/[^a-z0-9]/g, ''));
}
