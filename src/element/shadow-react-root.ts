import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/**
 * A React root inside an element's open shadow root. It unmounts when the element leaves the
 * document, which runs every effect's clean-up (the message listener goes, requests abort),
 * but not when the element is only moved: a move disconnects and reconnects in one task.
 */
export class ShadowReactRoot {
  readonly container: HTMLDivElement;
  #root: Root | null = null;

  constructor(host: HTMLElement, sheets: CSSStyleSheet[], part: string) {
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = sheets;
    this.container = document.createElement('div');
    this.container.className = 'lrv-element';
    this.container.setAttribute('part', part);
    shadow.replaceChildren(this.container);
  }

  render(node: ReactNode): void {
    this.#root ??= createRoot(this.container);
    this.#root.render(node);
  }

  /** Call from `disconnectedCallback`. */
  unmountUnlessReconnected(host: HTMLElement): void {
    queueMicrotask(() => {
      if (host.isConnected || this.#root === null) return;
      this.#root.unmount();
      this.#root = null;
    });
  }
}

/** Runs `render` once per task however many attributes or properties changed in it, while connected. */
export function renderScheduler(host: HTMLElement, render: () => void): () => void {
  let queued = false;
  return () => {
    if (queued || !host.isConnected) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      if (host.isConnected) render();
    });
  };
}

/**
 * A property set on the element before its definition loaded (frameworks do this) is an own
 * property that shadows the class's accessor; re-apply it through the accessor.
 */
export function upgradeProperties(element: HTMLElement, names: readonly string[]): void {
  const record = element as unknown as Record<string, unknown>;
  for (const name of names) {
    if (!Object.prototype.hasOwnProperty.call(element, name)) continue;
    const value = record[name];
    delete record[name];
    record[name] = value;
  }
}
