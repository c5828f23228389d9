/**
 * One spelling for a scoring system's code, whatever the API generation: v3 writes camelCase
 * (`apasiLocal`, `alegi`), v2 SCREAMING_SNAKE (`APASI_LOCAL`, `ALEGI`); the screen shows the latter.
 */
export const scoringCode = (code: string): string =>
  code
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1_$2')
    .replace(/[\s-]+/g, '_')
    .toUpperCase();

/** The code without its `_LOCAL` / `_GLOBAL` scope, for the summary ("APASI 6.3 — Severe"). */
export const scoringAbbreviation = (code: string): string => scoringCode(code).replace(/_(LOCAL|GLOBAL)$/, '');
