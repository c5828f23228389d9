/** Report formats the S2S API serves. */
export type ReportFormat = 'raw' | 'fhir' | 'pdf';

/** The only query parameters forwarded upstream, validated. */
export interface ReportQuery {
  format: ReportFormat;
  locale: string | undefined;
}

export type ReportQueryResult =
  { ok: true; query: ReportQuery } | { ok: false; code: 'INVALID_FORMAT' | 'INVALID_LOCALE'; message: string };

const FORMATS: readonly ReportFormat[] = ['raw', 'fhir', 'pdf'];
const LOCALE = /^[a-z]{2}(-[A-Z]{2})?$/;

function isFormat(value: string): value is ReportFormat {
  return (FORMATS as readonly string[]).includes(value);
}

/** Reads `format` (default `raw`) and `locale` from a query string; a repeated parameter is refused as ambiguous. */
export function parseReportQuery(params: URLSearchParams): ReportQueryResult {
  const formats = params.getAll('format');
  const locales = params.getAll('locale');
  const format = formats[0] ?? 'raw';
  if (formats.length > 1 || !isFormat(format)) {
    return { ok: false, code: 'INVALID_FORMAT', message: 'format must be one of raw, fhir, pdf (once).' };
  }
  const locale = locales[0];
  if (locales.length > 1 || (locale !== undefined && !LOCALE.test(locale))) {
    return { ok: false, code: 'INVALID_LOCALE', message: 'locale must look like "en" or "es-ES" (once).' };
  }
  return { ok: true, query: { format, locale } };
}

/** The query string sent upstream and written into rewritten PDF links. */
export function reportQueryString(query: ReportQuery): string {
  const params = new URLSearchParams({ format: query.format });
  if (query.locale !== undefined) params.set('locale', query.locale);
  return params.toString();
}

/** Path (relative to a base) of one report: the id is encoded as one path segment. */
export function reportPath(encryptedId: string, query: ReportQuery): string {
  return `/anonymous-diagnostic-reports/${encodeURIComponent(encryptedId)}?${reportQueryString(query)}`;
}
