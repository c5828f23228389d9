// `legit-report-viewer/element`: <legit-report-viewer> and <legit-iframe> as custom elements,
// with their own React, for pages that are not React apps. Load it once with
// `<script type="module" src=".../element.js">`; on a server (no DOM) importing it does nothing.
import type { LegitReportViewerEventMap } from './events';
import { LegitIframeElement } from './LegitIframeElement';
import { LegitReportViewerElement } from './LegitReportViewerElement';

export { LegitIframeElement, LegitReportViewerElement };
export type { LegitIframeAttributeProperties } from './iframe-attributes';
export type { LegitReportViewerTheme } from './LegitReportViewerElement';
export type { LegitReportViewerEventDetails, LegitReportViewerEventMap, LegitReportViewerEventName } from './events';
// The types the events and properties carry, so a host needs no second import.
export type * from '../report/model';
export type { LegitReportError } from '../fetching/errors';
export type { LegitReportErrorCode } from '../fetching/error-codes';
export type { MessageRejectionReason } from '../messages/types';
export type { MessageRejectionInfo } from '../messages/useLegitMessages';
export type { FetchReport, FetchReportArgs } from '../fetching/request';
export type { ReportFormat } from '../contract/formats';
export type { FindingThresholds } from '../viewer/defaults';
export type { LegitFontFamily, LegitMacroscopicMedia } from '../messages/iframe-url';
export type { Labels } from '../viewer/labels/types';

/** Defines both elements unless a name is taken (a second copy of this module, or the page's own). */
function defineElements(): void {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get('legit-report-viewer'))
    customElements.define('legit-report-viewer', LegitReportViewerElement);
  if (!customElements.get('legit-iframe')) customElements.define('legit-iframe', LegitIframeElement);
}
defineElements();

declare global {
  interface HTMLElementTagNameMap {
    'legit-report-viewer': LegitReportViewerElement;
    'legit-iframe': LegitIframeElement;
  }
  // The events bubble and are composed: typed wherever a listener is added.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an augmentation, not a new type
  interface HTMLElementEventMap extends LegitReportViewerEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an augmentation, not a new type
  interface DocumentEventMap extends LegitReportViewerEventMap {}
}
