// Browser entry: components, hooks and types. The parser is `legit-report-viewer/parser` (the
// viewer loads it on demand, with the report), the server proxy `legit-report-viewer/proxy`.
// What is not listed here is internal and may change.
import './viewer/styles.css';

// Components
export { LegitReportViewer, type LegitReportViewerProps } from './viewer/LegitReportViewer';
export { LegitReportView, type LegitReportViewProps } from './viewer/LegitReportView';
export {
  LegitIframe,
  type LegitIframeProps,
  type LegitIframeWithAppKeyUrlProps,
  type LegitIframeWithCompanyKeyProps,
} from './messages/LegitIframe';
export type { ViewerDisplayProps } from './viewer/ViewerFrame';
export { loadLabels } from './viewer/labels/load';
export type { Labels } from './viewer/labels/types';
export type { ProgressLabels } from './viewer/labels/progress-types';
export type { ProgressTrend } from './viewer/progress/change';
export { DEFAULT_THRESHOLDS, DEFAULT_DIQA_THRESHOLD, type FindingThresholds } from './viewer/defaults';

// The report's model (its parser and errors: `legit-report-viewer/parser`)
export type * from './report/model';

// Iframe messages
export { useLegitMessages, type UseLegitMessagesOptions, type MessageRejectionInfo } from './messages/useLegitMessages';
export { useReportIdFromMessages } from './messages/useReportIdFromMessages';
export { createMessageGuard, type MessageGuard, type MessageGuardConfig } from './messages/guard';
export type {
  GuardResult,
  LegitMessage,
  LegitMessageType,
  MessageEventLike,
  MessageRejectionReason,
} from './messages/types';
export { LegitConfigError } from './messages/errors';
export { LEGIT_IFRAME_ORIGIN, LEGIT_IFRAME_PREPRODUCTION_ORIGIN } from './messages/origins';
export { isValidReportId } from './contract/report-id';
export {
  buildLegitIframeUrl,
  type BuildLegitIframeUrlOptions,
  type LegitFontFamily,
  type LegitIframeParams,
  type LegitMacroscopicMedia,
} from './messages/iframe-url';

// Short-lived iframe keys minted by the portal's server
export { useLegitAppKey, type LegitAppKeyResult, type UseLegitAppKeyOptions } from './app-key/useLegitAppKey';
export type { LegitAppKey } from './app-key/mint';
export type { LegitAppKeyState, LegitAppKeyStatus } from './app-key/session';
export { LegitAppKeyError, isLegitAppKeyError, type LegitAppKeyErrorCode } from './app-key/errors';

// Fetching through the portal's proxy
export {
  useLegitReport,
  legitReportQueryKey,
  type LegitReportQueryKey,
  type LegitReportState,
  type LegitReportStatus,
  type UseLegitReportOptions,
} from './fetching/useLegitReport';
export { LegitReportError } from './fetching/errors';
export type { LegitReportErrorCode } from './fetching/error-codes';
export {
  buildPdfUrl,
  buildReportUrl,
  createProxyFetchReport,
  type FetchLike,
  type FetchReport,
  type FetchReportArgs,
} from './fetching/request';
export type { ReportFormat } from './contract/formats';
