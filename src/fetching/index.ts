// The fetching layer's public API (re-exported by the package entry).
export {
  LegitReportError,
  LEGIT_REPORT_ERROR_CODES,
  isLegitReportError,
  type LegitReportErrorCode,
  type LegitReportErrorInit,
} from './errors';
export { toLegitReportError } from './error-mapping';
export {
  buildPdfUrl,
  buildReportUrl,
  createProxyFetchReport,
  type FetchLike,
  type FetchReport,
  type FetchReportArgs,
  type ReportFormat,
} from './request';
export {
  DEFAULT_RETRY_POLICY,
  createRetryPolicy,
  isRetryableError,
  retryDelay,
  shouldRetry,
  type RetryPolicy,
  type RetryPolicyOptions,
} from './retry';
export type { ParseReport } from './load-report';
export {
  REPORT_GC_TIME_MS,
  REPORT_STALE_TIME_MS,
  legitReportQueryKey,
  useLegitReport,
  type LegitReportQueryKey,
  type LegitReportState,
  type LegitReportStatus,
  type UseLegitReportOptions,
} from './useLegitReport';
export { ViewerQueryScope, type ViewerQueryScopeProps } from './ViewerQueryScope';
