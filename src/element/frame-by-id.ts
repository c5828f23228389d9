/**
 * The `iframeRef` behind `iframe-id`: the frame is looked up by id in the element's own tree
 * (its document, or the shadow root it sits in) each time a message arrives, so a frame that
 * is added or replaced later is found. An id naming a `<legit-iframe>` means its inner frame.
 * Nothing found means no window may post (the message is rejected as `source`).
 */
export class FrameById {
  readonly #host: Element;
  readonly #id: () => string | null;

  constructor(host: Element, id: () => string | null) {
    this.#host = host;
    this.#id = id;
  }

  get current(): HTMLIFrameElement | null {
    const id = this.#id();
    if (!id) return null;
    const root = this.#host.getRootNode();
    const found = root instanceof Document || root instanceof ShadowRoot ? root.getElementById(id) : null;
    if (found instanceof HTMLIFrameElement) return found;
    const inner: unknown = found !== null && 'iframe' in found ? found.iframe : null;
    return inner instanceof HTMLIFrameElement ? inner : null;
  }
}
