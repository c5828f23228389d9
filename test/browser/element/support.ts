// Helpers for the custom element tests: the element on a plain page (no React of the test's own).
import { vi } from 'vitest';
import type { FetchReport } from '../../../src/fetching/request';
import '../../../src/element/index';
import type { LegitReportViewerElement } from '../../../src/element/index';
import type { LegitReportViewerEventMap } from '../../../src/element/events';
import { localFixtures } from '../../support/local-fixtures';

export const rawV3Acne = localFixtures()['raw-v3-acne'];

/** A valid encrypted id (base64-like, 8..512 characters). */
export const REPORT_ID = 'nZL7FJQsV0qXwwv78VJNE/n7QdKRmIlM9rJqepmrhk7gob1D7/a4nHuIPhd+mzU=';

/** A transport answering the raw v3 acne fixture for any id. */
export const fixtureTransport = () => vi.fn<FetchReport>(() => Promise.resolve(rawV3Acne));

/** Appends a `<legit-report-viewer>` with these attributes (and properties) to the body. */
export function mountViewer(
  attributes: Record<string, string>,
  properties: Partial<Pick<LegitReportViewerElement, 'fetchReport' | 'thresholds' | 'labels'>> = {},
  parent: ParentNode = document.body,
): LegitReportViewerElement {
  const element = document.createElement('legit-report-viewer');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  parent.append(element);
  return element;
}

/** Records every legit-* event that reaches `document` (they bubble and are composed). */
export function recordEvents() {
  const names: (keyof LegitReportViewerEventMap)[] = [
    'legit-report-id',
    'legit-report',
    'legit-error',
    'legit-message-rejected',
    'legit-invalid-company-key',
    'legit-image-rejected',
    'legit-config-error',
    'legit-app-key',
    'legit-app-key-error',
  ];
  const events: CustomEvent[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent);
  for (const name of names) document.addEventListener(name, listener);
  return {
    events,
    of: <K extends keyof LegitReportViewerEventMap>(name: K) =>
      events.filter((e) => e.type === name) as LegitReportViewerEventMap[K][],
    stop: () => names.forEach((name) => document.removeEventListener(name, listener)),
  };
}

/** The widget's region inside the element's shadow root. */
export function regionOf(element: HTMLElement): HTMLElement {
  const region = element.shadowRoot?.querySelector<HTMLElement>('.lrv-root');
  if (!region) throw new Error('no .lrv-root in the shadow root');
  return region;
}
