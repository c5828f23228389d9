import { LegitIframe } from '../messages/LegitIframe';
import { reflect } from './attributes';
import {
  attributeOf,
  IFRAME_PROPERTIES,
  readIframeAttributes,
  type LegitIframeAttributeProperties,
} from './iframe-attributes';
import { BaseElement, ElementReactHost } from './element-host';
import { emit } from './events';
import { iframeSheets } from './stylesheets';

const OBSERVED: readonly string[] = [...IFRAME_PROPERTIES.map(attributeOf), 'title'];

// The accessors are defined below, one per attribute; this declares their types.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- see above
export interface LegitIframeElement extends LegitIframeAttributeProperties {}

/**
 * `<legit-iframe>`: `LegitIframe` (the Legit.Health iframe with camera access, its URL built
 * from typed parameters) as a custom element. Size it like any block (`legit-iframe { height:
 * 640px }`); `::part(iframe)` is the frame. With `app-key-url` (your proxy's key route) it mints
 * its own short-lived key and renews it once when the frame refuses it; with `company`, a key you
 * minted. Nothing is shown until one of them is set. Name it in `<legit-report-viewer iframe-id>`.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class LegitIframeElement extends BaseElement {
  static readonly observedAttributes: readonly string[] = OBSERVED;
  #iframe: HTMLIFrameElement | null = null;

  readonly #host = new ElementReactHost(this, {
    sheets: iframeSheets(),
    part: 'frame',
    upgradable: IFRAME_PROPERTIES,
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

  /** The inner `<iframe>`, or null while none is shown. */
  get iframe(): HTMLIFrameElement | null {
    return this.#iframe;
  }

  /** The Legit.Health window (what `event.source` of its messages is). */
  get contentWindow(): Window | null {
    return this.#iframe?.contentWindow ?? null;
  }

  #view() {
    const { company, appKeyUrl, appKeyCredentials, ...values } = readIframeAttributes(this);
    const shared = { ...values, title: this.getAttribute('title') ?? undefined, className: 'lrv-iframe' };
    // With a key route the frame mints (and renews once) its own key; a static key wins when both are set.
    if (company) return <LegitIframe {...shared} company={company} ref={this.#setIframe} />;
    if (!appKeyUrl) return null;
    return (
      <LegitIframe
        {...shared}
        appKeyUrl={appKeyUrl}
        appKeyCredentials={appKeyCredentials}
        onAppKey={(key) => emit(this, 'legit-app-key', { key })}
        onAppKeyError={(error) => emit(this, 'legit-app-key-error', { error })}
        onInvalidCompanyKey={(companyKey) => emit(this, 'legit-invalid-company-key', { companyKey })}
        ref={this.#setIframe}
      />
    );
  }

  readonly #setIframe = (iframe: HTMLIFrameElement | null): void => {
    this.#iframe = iframe;
    iframe?.setAttribute('part', 'iframe');
  };
}

for (const property of IFRAME_PROPERTIES) {
  const attribute = attributeOf(property);
  Object.defineProperty(LegitIframeElement.prototype, property, {
    configurable: true,
    enumerable: true,
    get(this: LegitIframeElement) {
      return readIframeAttributes(this)[property];
    },
    set(this: LegitIframeElement, value: unknown) {
      reflect(this, attribute, Array.isArray(value) ? value.join(',') : value);
    },
  });
}
