export {
  LegitReportError,
  LEGIT_REPORT_ERROR_CODES,
  isLegitReportError,
  type LegitReportErrorCode,
  type LegitReportErrorInit,
} from './errors';
export { errorFromHttpAnswer, errorFromParse, toLegitReportError, type HttpErrorAnswer } from './error-mapping';
export { parseRetryAfter } from './retry-after';
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
export { DEFAULT_TIMEOUT_MS, loadReport, type LoadReportArgs, type ParseReport } from './load-report';
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
export { ViewerQueryScope, createViewerQueryClient, type ViewerQueryScopeProps } from './ViewerQueryScope';
