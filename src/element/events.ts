import type { LegitAppKeyError } from '../app-key/errors';
import type { LegitAppKey } from '../app-key/mint';
import type { LegitReportError } from '../fetching/errors';
import type { MessageRejectionInfo } from '../messages/useLegitMessages';
import type { MessageRejectionReason } from '../messages/types';
import type { DiagnosticReport } from '../report/model';

/** `event.detail` of each event `<legit-report-viewer>` and `<legit-iframe>` dispatch (one per component callback). */
export interface LegitReportViewerEventDetails {
  /** The iframe announced a report (`onReportId`). */
  'legit-report-id': { readonly reportId: string };
  /** A report was fetched and read (`onReport`). */
  'legit-report': { readonly report: DiagnosticReport };
  /** Fetching or reading the report failed (`onError`). */
  'legit-error': { readonly error: LegitReportError };
  /** A message was dropped (`onMessageRejected`): forged, malformed, or from the wrong frame. */
  'legit-message-rejected': { readonly reason: MessageRejectionReason; readonly info: MessageRejectionInfo };
  /** `<legit-iframe app-key-url>` minted a key (the first, and each renewal) (`onAppKey`). */
  'legit-app-key': { readonly key: LegitAppKey };
  /** `<legit-iframe app-key-url>`: a mint failed, or the renewed key was refused too (`onAppKeyError`). */
  'legit-app-key-error': { readonly error: LegitAppKeyError };
  /** The iframe refused its company key (`onInvalidCompanyKey`; on `<legit-iframe>`, once its renewal is refused too). */
  'legit-invalid-company-key': { readonly companyKey: string };
  /** The iframe rejected a photo (`onImageRejected`). */
  'legit-image-rejected': { readonly reasons: readonly unknown[] };
  /** The element's configuration is unusable (e.g. `allowed-origins="*"`); the widget shows a notice. */
  'legit-config-error': { readonly error: Error };
}

export type LegitReportViewerEventName = keyof LegitReportViewerEventDetails;

/** The events as `addEventListener` sees them: bubbling, composed `CustomEvent`s. */
export type LegitReportViewerEventMap = {
  [K in LegitReportViewerEventName]: CustomEvent<LegitReportViewerEventDetails[K]>;
};

/** Dispatches a bubbling `CustomEvent` that crosses shadow boundaries. */
export function emit<K extends LegitReportViewerEventName>(
  target: EventTarget,
  type: K,
  detail: LegitReportViewerEventDetails[K],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
