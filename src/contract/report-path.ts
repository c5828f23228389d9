import type { ProxyReportFormat } from './formats';

/** The report route: under the proxy's mount point in the browser, and under the S2S API's base URL upstream. */
export const REPORT_ROUTE = '/anonymous-diagnostic-reports';

export interface ReportPathQuery {
  format: ProxyReportFormat;
  /** Left out when absent or empty. */
  locale?: string | undefined;
}

/**
 * `/anonymous-diagnostic-reports/<id>?format=..[&locale=..]`, relative to a base. The id is base64-like:
 * `encodeURIComponent` keeps its `/`, `+` and `=` inside one path segment.
 */
export function reportPath(id: string, { format, locale }: ReportPathQuery): string {
  const query = new URLSearchParams({ format });
  if (locale) query.set('locale', locale);
  return `${REPORT_ROUTE}/${encodeURIComponent(id)}?${query.toString()}`;
}
