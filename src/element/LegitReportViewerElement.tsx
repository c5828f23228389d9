import type { Labels } from '../viewer/labels/types';
import type { FindingThresholds } from '../viewer/defaults';
import type { FetchReport } from '../fetching/request';
import type { ReportFormat } from '../contract/formats';
import { LegitReportViewer, type LegitReportViewerProps } from '../viewer/LegitReportViewer';
import { parseChoice, parseList, parseNumber, reflect } from './attributes';
import { emit } from './events';
import { FrameById } from './frame-by-id';
import { BaseElement, ElementReactHost } from './element-host';
import { viewerSheets } from './stylesheets';

const FORMATS: readonly ReportFormat[] = ['raw', 'fhir'];
export type LegitReportViewerTheme = 'light' | 'dark' | 'auto';
const THEMES: readonly LegitReportViewerTheme[] = ['light', 'dark', 'auto'];

const OBSERVED = [
  'proxy-url',
  'allowed-origins',
  'iframe-id',
  'format',
  'locale',
  'report-id',
  'theme',
  'max-conclusions',
  'diqa-threshold',
] as const;

// Properties a framework may set before the definition loads (see upgradeProperties).
const PROPERTIES = [
  'proxyUrl',
  'allowedOrigins',
  'iframeId',
  'format',
  'locale',
  'reportId',
  'theme',
  'maxConclusions',
  'diqaThreshold',
  'thresholds',
  'labels',
  'fetchReport',
  'history',
];

let warnedUnconfigured = false;

/**
 * `<legit-report-viewer>`: `LegitReportViewer` as a custom element, for pages without React.
 * Attributes (reflected by the camelCase properties) and the object properties map one to one
 * onto the component's props; its callbacks become bubbling, composed events (see events.ts).
 */
export class LegitReportViewerElement extends BaseElement {
  static readonly observedAttributes: readonly string[] = OBSERVED;
  #thresholds: FindingThresholds | undefined;
  #labels: Partial<Labels> | undefined;
  #fetchReport: FetchReport | undefined;
  #history: readonly string[] | undefined;
  readonly #frame = new FrameById(this, () => this.getAttribute('iframe-id'));
  // Made once, so a re-render never hands the component new callbacks.
  readonly #callbacks: Pick<
    LegitReportViewerProps,
    'onReportId' | 'onReport' | 'onError' | 'onMessageRejected' | 'onInvalidCompanyKey' | 'onImageRejected'
  > = {
    onReportId: (reportId) => emit(this, 'legit-report-id', { reportId }),
    onReport: (report) => emit(this, 'legit-report', { report }),
    onError: (error) => emit(this, 'legit-error', { error }),
    onMessageRejected: (reason, info) => emit(this, 'legit-message-rejected', { reason, info }),
    onInvalidCompanyKey: (companyKey) => emit(this, 'legit-invalid-company-key', { companyKey }),
    onImageRejected: (reasons) => emit(this, 'legit-image-rejected', { reasons }),
  };

  readonly #host = new ElementReactHost(this, {
    sheets: viewerSheets(),
    part: 'viewer',
    upgradable: PROPERTIES,
    view: () => this.#view(),
  });

  connectedCallback(): void {
    this.#host.connected();
  }

  disconnectedCallback(): void {
    this.#host.disconnected();
  }

  attributeChangedCallback(): void {
    this.#host.requestRender();
  }

  /** `proxy-url`: your server proxy, e.g. `/api/legit`. Needed unless `fetchReport` is set. */
  get proxyUrl(): string | undefined {
    return this.getAttribute('proxy-url') ?? undefined;
  }
  set proxyUrl(value: string | null | undefined) {
    reflect(this, 'proxy-url', value);
  }

  /** `allowed-origins`: exact origins, space- or comma-separated. Default: production Legit.Health. */
  get allowedOrigins(): string[] | undefined {
    return parseList(this.getAttribute('allowed-origins'));
  }
  set allowedOrigins(value: readonly string[] | string | null | undefined) {
    reflect(this, 'allowed-origins', typeof value === 'string' || value == null ? value : value.join(' '));
  }

  /** `iframe-id`: the id of the `<iframe>` (or `<legit-iframe>`) whose window alone may post. */
  get iframeId(): string | undefined {
    return this.getAttribute('iframe-id') ?? undefined;
  }
  set iframeId(value: string | null | undefined) {
    reflect(this, 'iframe-id', value);
  }

  /** `format`: `raw` (default) or `fhir`. */
  get format(): ReportFormat | undefined {
    return parseChoice(this.getAttribute('format'), FORMATS, 'format');
  }
  set format(value: ReportFormat | null | undefined) {
    reflect(this, 'format', value);
  }

  /** `locale`: labels, numbers and the upstream report language (`en`, `es`). */
  get locale(): string | undefined {
    return this.getAttribute('locale') ?? undefined;
  }
  set locale(value: string | null | undefined) {
    reflect(this, 'locale', value);
  }

  /** `report-id`: show this report (controlled); `""` shows none; absent, the iframe's messages decide. */
  get reportId(): string | null | undefined {
    const value = this.getAttribute('report-id');
    return value === null ? undefined : value === '' ? null : value;
  }
  set reportId(value: string | null | undefined) {
    reflect(this, 'report-id', value === null ? '' : value);
  }

  /** `theme`: `light` (default), `dark` or `auto`. */
  get theme(): LegitReportViewerTheme | undefined {
    return parseChoice(this.getAttribute('theme'), THEMES, 'theme');
  }
  set theme(value: LegitReportViewerTheme | null | undefined) {
    reflect(this, 'theme', value);
  }

  /** `max-conclusions`: conditions listed before the rest are grouped (default 10). */
  get maxConclusions(): number | undefined {
    return parseNumber(this.getAttribute('max-conclusions'), 'max-conclusions');
  }
  set maxConclusions(value: number | null | undefined) {
    reflect(this, 'max-conclusions', value);
  }

  /** `diqa-threshold`: image quality below which a photo is flagged (default 60). */
  get diqaThreshold(): number | undefined {
    return parseNumber(this.getAttribute('diqa-threshold'), 'diqa-threshold');
  }
  set diqaThreshold(value: number | null | undefined) {
    reflect(this, 'diqa-threshold', value);
  }

  /** Percentages at or above which referral and risk callouts are raised (your clinical policy). */
  get thresholds(): FindingThresholds | undefined {
    return this.#thresholds;
  }
  set thresholds(value: FindingThresholds | undefined) {
    this.#thresholds = value;
    this.#host.requestRender();
  }

  /** Overrides for any label. */
  get labels(): Partial<Labels> | undefined {
    return this.#labels;
  }
  set labels(value: Partial<Labels> | undefined) {
    this.#labels = value;
    this.#host.requestRender();
  }

  /** A custom transport; replaces `proxy-url` for the report JSON. */
  get fetchReport(): FetchReport | undefined {
    return this.#fetchReport;
  }
  set fetchReport(value: FetchReport | undefined) {
    this.#fetchReport = value;
    this.#host.requestRender();
  }

  /** Encrypted ids of earlier reports of the same patient, in any order: the Progress section and image comparison. */
  get history(): readonly string[] | undefined {
    return this.#history;
  }
  set history(value: readonly string[] | undefined) {
    this.#history = value;
    this.#host.requestRender();
  }

  #view() {
    const proxyUrl = this.proxyUrl;
    if (proxyUrl === undefined && this.#fetchReport === undefined) {
      if (!warnedUnconfigured) {
        warnedUnconfigured = true;
        console.warn(
          '[legit-report-viewer] nothing is shown until `proxy-url` (or the `fetchReport` property) is set.',
        );
      }
      return null;
    }
    return (
      <LegitReportViewer
        proxyUrl={proxyUrl}
        fetchReport={this.#fetchReport}
        allowedOrigins={this.allowedOrigins}
        iframeRef={this.hasAttribute('iframe-id') ? this.#frame : undefined}
        format={this.format}
        locale={this.locale}
        reportId={this.reportId}
        theme={this.theme}
        maxConclusions={this.maxConclusions}
        diqaThreshold={this.diqaThreshold}
        thresholds={this.#thresholds}
        labels={this.#labels}
        history={this.#history}
        {...this.#callbacks}
      />
    );
  }
}
