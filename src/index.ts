// Browser entry: components, hooks, parser and types. The server proxy is `legit-report-viewer/proxy`.
// What is not listed here is internal and may change.
import './viewer/styles.css';

// Components
export { LegitReportViewer, type LegitReportViewerProps } from './viewer/LegitReportViewer';
export { LegitReportView, type LegitReportViewProps } from './viewer/LegitReportView';
export { LegitIframe, type LegitIframeProps } from './messages/LegitIframe';
export type { ViewerDisplayProps } from './viewer/ViewerFrame';
export { loadLabels } from './viewer/labels/load';
export type { Labels } from './viewer/labels/types';
export { DEFAULT_THRESHOLDS, DEFAULT_DIQA_THRESHOLD, type FindingThresholds } from './viewer/defaults';

// The report: one model from the three published shapes
export * from './report/index';

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
export { isValidReportId } from './messages/report-id';
export {
  buildLegitIframeUrl,
  type BuildLegitIframeUrlOptions,
  type LegitFontFamily,
  type LegitIframeParams,
  type LegitMacroscopicMedia,
} from './messages/iframe-url';

// Fetching through the portal's proxy
export {
  useLegitReport,
  legitReportQueryKey,
  type LegitReportQueryKey,
  type LegitReportState,
  type LegitReportStatus,
  type UseLegitReportOptions,
} from './fetching/useLegitReport';
export { LegitReportError, isLegitReportError, type LegitReportErrorCode } from './fetching/errors';
export {
  buildPdfUrl,
  buildReportUrl,
  createProxyFetchReport,
  type FetchLike,
  type FetchReport,
  type FetchReportArgs,
  type ReportFormat,
} from './fetching/request';
