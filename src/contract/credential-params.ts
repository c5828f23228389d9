// Query and fragment parameters that carry a credential. Legit.Health's PDF links carry `apiKey` and
// `authKey`; the others are the usual names of a secret in a URL. The proxy rewrites a report string that
// carries one, and the widget drops a report URL that carries one: the same rule for both halves.
import { decodedForms } from './decoded-forms';

/** The names, as {@link credentialParamKey} spells them: lower case, letters and digits only. */
export const CREDENTIAL_PARAM_KEYS: ReadonlySet<string> = new Set([
  'apikey',
  'authkey',
  'token',
  'signature',
  'secret',
]);

/** A parameter name reduced to what is compared: `api-key`, `API_KEY` and `apiKey` all read `apikey`. */
export function credentialParamKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Whether a (percent-decoded) parameter name carries a credential. */
export function isCredentialParamName(name: string): boolean {
  return CREDENTIAL_PARAM_KEYS.has(credentialParamKey(name));
}

/**
 * The query-like parts of a text: everything after each `?` or `#` (as a URL parser splits a link), and
 * what follows the first `&` before them (a bare `a=1&apiKey=…`). `;` separates parameters too (`&amp;`).
 */
function queryParts(text: string): string[] {
  const [head = '', ...rest] = text.split(/[?#]/);
  const firstAmpersand = head.indexOf('&');
  return firstAmpersand === -1 ? rest : [head.slice(firstAmpersand + 1), ...rest];
}

function namesIn(query: string): string[] {
  return [...new URLSearchParams(query.replaceAll(';', '&')).keys()];
}

/**
 * Whether the text holds a link (or a bare query) with a credential parameter. Its parameters are read
 * after percent-decoding, so an encoded name (`%61piKey`) counts, and so does a link encoded inside another
 * link's parameter (`?file=https%3A%2F%2F…%3FapiKey%3D…`), which decodes into a query of its own.
 */
export function carriesCredential(text: string): boolean {
  if (!/[?#&%\\]/.test(text)) return false;
  return decodedForms(text).some((form) =>
    queryParts(form).some((query) => namesIn(query).some(isCredentialParamName)),
  );
}
