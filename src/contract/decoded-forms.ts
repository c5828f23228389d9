// The forms a string from a report may hide a secret or a credential name in: percent-encoding (once, twice,
// in any case of hex), and JSON escapes (`\/`, `\u0041`) when a report string holds JSON text of its own.

const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
const JSON_ESCAPE = /\\(?:u([0-9A-Fa-f]{4})|(["\\/bfnrt]))/g;
const JSON_SHORT: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
// Each round undoes one layer of encoding; a link inside a link inside a link is three.
const MAX_ROUNDS = 4;

/** One layer of percent-decoding; a malformed sequence (`%E0%A4%A`) is left as it is. */
function decodeOnce(text: string): string {
  return text.replace(PERCENT_RUN, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** Percent-decodes until nothing changes (at most a few layers). */
export function percentDecoded(text: string): string {
  let current = text;
  for (let round = 0; round < MAX_ROUNDS && current.includes('%'); round += 1) {
    const next = decodeOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

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
