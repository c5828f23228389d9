/// <reference types="vite/client" />
// The shadow roots' stylesheets: constructable sheets (`adoptedStyleSheets`) built from CSS
// text bundled into the script, so no <style> or <link> is injected and a page with
// `style-src 'self'` accepts them (CSP does not govern constructed sheets).
import viewerCss from '../viewer/styles.css?inline';
import iframeHostCss from './iframe-host.css?inline';
import noticeCss from './notice.css?inline';
import viewerHostCss from './viewer-host.css?inline';

let notice: CSSStyleSheet | undefined;
let viewer: CSSStyleSheet[] | undefined;
let iframe: CSSStyleSheet[] | undefined;

/** For `<legit-report-viewer>`: its host rules, then the package's stylesheet. One set per page. */
export function viewerSheets(): CSSStyleSheet[] {
  notice ??= sheet(noticeCss);
  viewer ??= [sheet(viewerHostCss), notice, themeDefaultsOnHost(sheet(remToPx(viewerCss)))];
  return viewer;
}

/** For `<legit-iframe>`. */
export function iframeSheets(): CSSStyleSheet[] {
  notice ??= sheet(noticeCss);
  iframe ??= [sheet(iframeHostCss), notice];
  return iframe;
}

function sheet(css: string): CSSStyleSheet {
  const result = new CSSStyleSheet();
  result.replaceSync(css);
  return result;
}

/**
 * `rem` follows the page's root font size, which a shadow root cannot shield; the widget's
 * sizes must not. Converted at the browser default (16px); the stylesheet uses px and em today.
 */
export function remToPx(css: string): string {
  return css.replace(/(?<![\w.-])(\d*\.?\d+)rem\b/g, (_, value: string) => `${Number(value) * 16}px`);
}

/**
 * The stylesheet declares the `--lrv-*` defaults on `.lrv-root`, where they would hide the
 * values a page sets on the element (a declared value beats an inherited one). Moved to
 * `:host`, a page's `legit-report-viewer { --lrv-accent: … }` wins over them, as it should.
 */
export function themeDefaultsOnHost(target: CSSStyleSheet): CSSStyleSheet {
  const moved: string[] = [];
  for (const rule of Array.from(target.cssRules)) {
    if (!(rule instanceof CSSStyleRule) || rule.selectorText !== '.lrv-root') continue;
    for (const name of Array.from(rule.style)) {
      if (!name.startsWith('--lrv-')) continue;
      moved.push(`${name}: ${rule.style.getPropertyValue(name)}`);
      rule.style.removeProperty(name);
    }
  }
  if (moved.length > 0) target.insertRule(`:host { ${moved.join('; ')}; }`, 0);
  return target;
}
