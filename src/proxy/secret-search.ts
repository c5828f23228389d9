// Searches upstream text for the token in every form it could take on the way (see contract/decoded-forms).
import { decodedForms } from '../contract/decoded-forms';

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
