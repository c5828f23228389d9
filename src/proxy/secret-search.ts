// Searches upstream text for the token, and for credential parameters, in every form they could take on the way:
// percent-encoding (once, twice, in either case of hex), and JSON escapes (`\/`, `\u0041`) when a report string
// holds JSON text of its own.
import { carriesCredential, percentDecoded } from './credential-scan';

const JSON_ESCAPE = /\\(?:u([0-9A-Fa-f]{4})|(["\\/bfnrt]))/g;
const JSON_SHORT: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** JSON string escapes undone (`\/` → `/`, `\u002B` → `+`). */
export function jsonUnescaped(text: string): string {
  return text.replace(JSON_ESCAPE, (_match, hex: string | undefined, short: string | undefined) =>
    hex !== undefined ? String.fromCharCode(Number.parseInt(hex, 16)) : (JSON_SHORT[short ?? ''] ?? short ?? ''),
  );
}

/** The text as sent, and as it reads once decoded (in either order): the forms a search must look at. */
export function decodedForms(text: string): string[] {
  if (!text.includes('%') && !text.includes('\\')) return [text];
  const decoded = percentDecoded(text);
  const unescaped = jsonUnescaped(text);
  return [text, decoded, unescaped, jsonUnescaped(decoded), percentDecoded(unescaped)];
}

/**
 * What a report string (a value or a key) holds: a secret in any form, a credential parameter in any form,
 * or neither. Plain strings (none of `%\?#&;`) cost little: `decodedForms` and `carriesCredential` skip
 * the decoding for them.
 */
export function credentialIn(text: string, secrets: readonly string[]): 'secret' | 'credential' | null {
  if (containsSecret(text, secrets)) return 'secret';
  return carriesCredentialInAnyForm(text) ? 'credential' : null;
}

/** Whether the text, or JSON text inside it, carries a credential parameter (see `carriesCredential`). */
export function carriesCredentialInAnyForm(text: string): boolean {
  return carriesCredential(text) || (text.includes('\\') && carriesCredential(jsonUnescaped(text)));
}

/** Whether any secret appears in the text, raw, percent-encoded or JSON-escaped. */
export function containsSecret(text: string, secrets: readonly string[]): boolean {
  const forms = decodedForms(text);
  return secrets.some((secret) => secret !== '' && forms.some((form) => form.includes(secret)));
}

/** Run of a secret's characters that counts as an echo of it (a truncated token in an error code). */
export const SECRET_ECHO_LENGTH = 8;

/** Whether the text repeats any 8 consecutive characters of a secret, in any of its decoded forms. */
export function echoesSecret(text: string, secret: string): boolean {
  if (secret.length < SECRET_ECHO_LENGTH) return containsSecret(text, [secret]);
  const forms = decodedForms(text);
  for (let start = 0; start + SECRET_ECHO_LENGTH <= secret.length; start += 1) {
    const run = secret.slice(start, start + SECRET_ECHO_LENGTH);
    if (forms.some((form) => form.includes(run))) return true;
  }
  return false;
}
