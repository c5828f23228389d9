// Public API of the iframe message pipeline.
export { createMessageGuard } from './guard';
export type { MessageGuard, MessageGuardConfig } from './guard';
export type { GuardResult, LegitMessage, LegitMessageType, MessageEventLike, MessageRejectionReason } from './types';
export { LegitConfigError } from './errors';
export {
  DEFAULT_ALLOWED_ORIGINS,
  LEGIT_IFRAME_ORIGIN,
  LEGIT_IFRAME_PREPRODUCTION_ORIGIN,
  normalizeAllowedOrigins,
  normalizeOrigin,
} from './origins';
export {
  InvalidReportIdError,
  REPORT_ID_MAX_LENGTH,
  REPORT_ID_MIN_LENGTH,
  describeInvalidReportId,
  encodeReportIdForPath,
  isValidReportId,
} from './report-id';
export {
  MAX_MESSAGE_NAME_LENGTH,
  MAX_MESSAGE_STRING_LENGTH,
  MAX_REJECTION_REASONS,
  parseMessageData,
} from './parse-message';
export { useLegitMessages } from './useLegitMessages';
export type { MessageRejectionInfo, UseLegitMessagesOptions } from './useLegitMessages';
export { useReportIdFromMessages } from './useReportIdFromMessages';
export { buildLegitIframeUrl } from './iframe-url';
export type {
  BuildLegitIframeUrlOptions,
  LegitFontFamily,
  LegitIframeParams,
  LegitMacroscopicMedia,
} from './iframe-url';
export { DEFAULT_LEGIT_IFRAME_TITLE, LegitIframe } from './LegitIframe';
export type { LegitIframeProps, LegitIframeWithAppKeyUrlProps, LegitIframeWithCompanyKeyProps } from './LegitIframe';
