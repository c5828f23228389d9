import { PROXY_REPORT_FORMATS, type ProxyReportFormat } from '../contract/formats';

/** The only query parameters forwarded upstream, validated. */
export interface ReportQuery {
  format: ProxyReportFormat;
  locale: string | undefined;
}

export type ReportQueryResult =
  { ok: true; query: ReportQuery } | { ok: false; code: 'INVALID_FORMAT' | 'INVALID_LOCALE' };

const LOCALE = /^[a-z]{2}(-[A-Z]{2})?$/;

function isFormat(value: string): value is ProxyReportFormat {
  return PROXY_REPORT_FORMATS.some((format) => format === value);
}

/** Reads `format` (default `raw`) and `locale` from a query string; a repeated parameter is refused as ambiguous. */
export function parseReportQuery(params: URLSearchParams): ReportQueryResult {
  const formats = params.getAll('format');
  const locales = params.getAll('locale');
  const format = formats[0] ?? 'raw';
  if (formats.length > 1 || !isFormat(format)) return { ok: false, code: 'INVALID_FORMAT' };
  const locale = locales[0];
  if (locales.length > 1 || (locale !== undefined && !LOCALE.test(locale)))
    return { ok: false, code: 'INVALID_LOCALE' };
  return { ok: true, query: { format, locale } };
}
