import { credentialIn } from './secret-search';

/** How credential-bearing content in a report is replaced before it leaves the server. */
export interface LinkRewrite {
  /** The proxy's own PDF route for this report (a relative URL). */
  pdfUrl: string;
  /** Values that must never leave the server (the token); any string containing one, in any encoding, is redacted. */
  secrets: readonly string[];
}

export const REDACTED = '[redacted]';

const MAX_DEPTH = 200;

/** The report cannot be passed on safely: nested too deeply to walk, or a key (not a value) carries a credential. */
export class UnsafeReportError extends Error {
  override readonly name = 'UnsafeReportError';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function replaceString(value: unknown, rewrite: LinkRewrite): unknown {
  if (typeof value !== 'string') return value;
  const found = credentialIn(value, rewrite.secrets);
  return found === 'secret' ? REDACTED : found === 'credential' ? rewrite.pdfUrl : value;
}

function walk(value: unknown, rewrite: LinkRewrite, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new UnsafeReportError('Report JSON is nested too deeply.');
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = walk(value[i], rewrite, depth + 1);
    return value;
  }
  if (isRecord(value)) {
    for (const key of Object.keys(value)) {
      // A key cannot be rewritten like a value (two could collide): such a report is refused whole.
      if (credentialIn(key, rewrite.secrets) !== null)
        throw new UnsafeReportError('A key of the report carries a credential.');
      value[key] = walk(value[key], rewrite, depth + 1);
    }
    return value;
  }
  return replaceString(value, rewrite);
}

/** Points a known PDF link at the proxy, whatever it held (a v2 link needs the token, so it is useless to a browser). */
function rewritePdfField(holder: unknown, rewrite: LinkRewrite): void {
  if (isRecord(holder) && typeof holder.pdf === 'string') holder.pdf = rewrite.pdfUrl;
}

function rewritePresentedForm(report: unknown, rewrite: LinkRewrite): void {
  if (!isRecord(report) || !isRecord(report.presentedForm)) return;
  rewritePdfField(report.presentedForm.practitioner, rewrite);
  rewritePdfField(report.presentedForm.patient, rewrite);
}

/**
 * Rewrites a parsed report in place: the PDF links of raw v2 (`pdf`), raw v3 (`data.pdf`) and FHIR
 * (`data.presentedForm.{practitioner,patient}.pdf`), and any string with a credential parameter (`apiKey`,
 * `auth-key`, `token`… in any case and encoding, nested links included), become the proxy's PDF route; any
 * string containing a secret becomes `[redacted]`.
 * Throws {@link UnsafeReportError} for pathologically nested input, or a key that carries a credential.
 */
export function rewriteReportLinks(report: unknown, rewrite: LinkRewrite): unknown {
  rewritePdfField(report, rewrite);
  rewritePresentedForm(report, rewrite);
  if (isRecord(report)) {
    rewritePdfField(report.data, rewrite);
    rewritePresentedForm(report.data, rewrite);
  }
  return walk(report, rewrite, 0);
}
