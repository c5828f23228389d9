// @vitest-environment node
// A server (SSR of an Angular, Vue or PHP-templated page, a Node script) may import the
// element module: with no DOM it must load and define nothing.
import { describe, expect, it } from 'vitest';

describe('importing legit-report-viewer/element without a DOM', () => {
  it('has no DOM in this environment', () => {
    expect(typeof HTMLElement).toBe('undefined');
    expect(typeof customElements).toBe('undefined');
  });

  it('loads, exports the classes, and touches nothing', async () => {
    const element = await import('../../../src/element/index');
    expect(typeof element.LegitReportViewerElement).toBe('function');
    expect(typeof element.LegitIframeElement).toBe('function');
    expect(element.LegitReportViewerElement.observedAttributes).toContain('proxy-url');
    expect(typeof customElements).toBe('undefined');
  });
});
