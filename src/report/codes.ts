/**
 * The generation-independent form of a Legit.Health code, so that codes from
 * different API generations compare equal: `HEAD_FRONT` and `headFront` both
 * become `headfront`, `APASI_LOCAL` and `apasiLocal` both become `apasilocal`.
 * Case, separators and punctuation are dropped; letters and digits are kept.
 */
export function codeKey(code: string): string {
  return code
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
