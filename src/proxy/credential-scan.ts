// Finds credential parameters in any string of a report, whatever its encoding (the widget's URL policy reads
// only a URL's own parameters; the proxy reads every string, so what it passes on is clean for any client).
import { isCredentialParamName } from '../contract/credential-params';

const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
/** A parameter's start (`?#&;`), or a `%` that may decode into one. */
const MAY_HOLD_PARAMETER = /[?#&;%]/;

/**
 * Percent-decodes until nothing changes (a few layers: a link inside a link inside a link is three). A malformed
 * sequence (`%E0%A4%A`, a stray `100%`) is left as it is and does not stop the rest from being decoded.
 */
export function percentDecoded(text: string): string {
  let current = text;
  for (let round = 0; round < 4 && current.includes('%'); round += 1) {
    const next = current.replace(PERCENT_RUN, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * Whether the text holds a link (or a bare `a=1&apiKey=…` query) with a credential parameter. Parameters are
 * read after percent-decoding, so an encoded name (`%61piKey`) counts, and so does a link encoded inside another
 * link's parameter (`?file=https%3A%2F%2F…%3FapiKey%3D…`), which decodes into a query of its own. A parameter
 * is whatever follows a `?`, `#`, `&` or `;`, up to its `=`.
 */
export function carriesCredential(text: string): boolean {
  // Most strings of a report (codes, names, numbers) hold no parameter and nothing that decodes into one.
  if (!MAY_HOLD_PARAMETER.test(text)) return false;
  return percentDecoded(text)
    .split(/[?#&;]/)
    .slice(1)
    .some((part) => part.includes('=') && isCredentialParamName(part.slice(0, part.indexOf('='))));
}
