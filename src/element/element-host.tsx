import type { ReactNode } from 'react';
import { ConfigBoundary } from './ConfigBoundary';
import { emit } from './events';
import { renderScheduler, ShadowReactRoot, upgradeProperties } from './shadow-react-root';

/** `HTMLElement` in a browser; on a server (no DOM) a stand-in, so importing the module does nothing. */
export const BaseElement: typeof HTMLElement =
  typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/**
 * What both elements do with React: an open shadow root with constructed stylesheets, one
 * React root in it, one render per task after any attribute or property change, and an
 * unmount when the element leaves the document. Held in a private field, so no React type
 * reaches the elements' public declarations.
 */
export class ElementReactHost {
  readonly #element: HTMLElement;
  readonly #mount: ShadowReactRoot;
  readonly #view: () => ReactNode;
  readonly #upgradable: readonly string[];
  #attempt = 0;
  #failed = false;
  /** Asks for a render (coalesced: one per task, only while connected). */
  readonly requestRender: () => void;

  constructor(
    element: HTMLElement,
    options: { sheets: CSSStyleSheet[]; part: string; upgradable: readonly string[]; view: () => ReactNode },
  ) {
    this.#element = element;
    this.#mount = new ShadowReactRoot(element, options.sheets, options.part);
    this.#view = options.view;
    this.#upgradable = options.upgradable;
    this.requestRender = renderScheduler(element, () => this.#render());
  }

  connected(): void {
    upgradeProperties(this.#element, this.#upgradable);
    this.requestRender();
  }

  disconnected(): void {
    this.#mount.unmountUnlessReconnected(this.#element);
  }

  #render(): void {
    // After a refused configuration, a fresh boundary gives the new settings a try.
    if (this.#failed) {
      this.#failed = false;
      this.#attempt += 1;
    }
    const view = this.#view();
    this.#mount.render(
      view === null ? null : (
        <ConfigBoundary key={this.#attempt} onError={(error) => this.#refused(error)}>
          {view}
        </ConfigBoundary>
      ),
    );
  }

  #refused(error: Error): void {
    this.#failed = true;
    emit(this.#element, 'legit-config-error', { error });
  }
}
