import { LegitIframe } from '../messages/LegitIframe';
import { reflect } from './attributes';
import {
  attributeOf,
  IFRAME_PROPERTIES,
  readIframeAttributes,
  type LegitIframeAttributeProperties,
} from './iframe-attributes';
import { BaseElement, ElementReactHost } from './element-host';
import { iframeSheets } from './stylesheets';

const OBSERVED: readonly string[] = [...IFRAME_PROPERTIES.map(attributeOf), 'title'];

// The accessors are defined below, one per attribute; this declares their types.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- see above
export interface LegitIframeElement extends LegitIframeAttributeProperties {}

/**
 * `<legit-iframe>`: `LegitIframe` (the Legit.Health iframe with camera access, its URL built
 * from typed parameters) as a custom element. Size it like any block (`legit-iframe { height:
 * 640px }`); `::part(iframe)` is the frame. Nothing is shown until `company` is set, since the
 * key is usually minted after the page loads. Name it in `<legit-report-viewer iframe-id>`.
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
    const values = readIframeAttributes(this);
    if (!values.company) return null;
    return (
      <LegitIframe
        {...values}
        company={values.company}
        title={this.getAttribute('title') ?? undefined}
        className="lrv-iframe"
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
