// The shadow root keeps the page's CSS out and the widget's CSS in; --lrv-* and ::part() are
// the deliberate ways through. The page here adds the demo's hostile stylesheet.
import { afterEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import hostileCss from '../../../demo/plain/hostile.css?raw';
import { axeViolations } from '../../support/axe';
import { fixtureTransport, mountViewer, regionOf, REPORT_ID } from './support';

const added: Element[] = [];
function pageStyle(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  added.push(style);
}

afterEach(() => {
  added.splice(0).forEach((node) => node.remove());
  document.body.replaceChildren();
});

async function shownReport() {
  const element = mountViewer({ 'report-id': REPORT_ID }, { fetchReport: fixtureTransport() });
  await expect.element(page.getByRole('row', { name: /^Acne ED80/ })).toHaveTextContent('99.65%');
  return element;
}

/** What a clinician would see of the widget, as numbers and colours. */
function looks(element: HTMLElement) {
  const region = regionOf(element);
  const title = region.querySelector('.lrv-title')!;
  const style = getComputedStyle(region);
  return {
    hostDisplay: getComputedStyle(element).display,
    display: style.display,
    visibility: style.visibility,
    opacity: style.opacity,
    color: style.color,
    background: style.backgroundColor,
    fontSize: style.fontSize,
    lineHeight: style.lineHeight,
    titleSize: getComputedStyle(title).fontSize,
    letterSpacing: getComputedStyle(title).letterSpacing,
    textTransform: getComputedStyle(title).textTransform,
    height: Math.round(element.getBoundingClientRect().height),
    width: Math.round(element.getBoundingClientRect().width),
  };
}

describe('<legit-report-viewer> isolation', () => {
  test('the styles are constructed sheets: no <style> or <link> in the shadow root or added to the page', async () => {
    const before = document.querySelectorAll('style, link[rel="stylesheet"]').length;
    const element = await shownReport();
    expect(element.shadowRoot!.adoptedStyleSheets.length).toBeGreaterThanOrEqual(2);
    expect(element.shadowRoot!.querySelectorAll('style, link')).toHaveLength(0);
    expect(document.querySelectorAll('style, link[rel="stylesheet"]')).toHaveLength(before);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  test('a hostile page stylesheet (hide, recolour, resize, cover) changes nothing in the widget', async () => {
    const element = await shownReport();
    const calm = looks(element);
    expect(calm).toMatchObject({ display: 'block', fontSize: '14px', color: 'rgb(27, 31, 36)' });
    pageStyle(hostileCss);
    // The page's own text did change: the stylesheet is in force.
    const probe = document.createElement('p');
    probe.textContent = 'page text';
    document.body.append(probe);
    expect(getComputedStyle(probe).display).toBe('none');
    expect(getComputedStyle(document.documentElement).fontSize).toBe('40px');

    expect(looks(element)).toEqual(calm);
    expect(getComputedStyle(element, '::before').content).toBe('none');
    await expect.element(page.getByRole('row', { name: /^Acne ED80/ })).toBeVisible();
    // Hit-testing reaches the widget: nothing covers it.
    const cell = [...regionOf(element).querySelectorAll('td')].find((td) => td.textContent === '99.65%')!;
    // The summary comes first, so the table may sit below the fold: bring it into view to hit-test it.
    cell.scrollIntoView({ block: 'center' });
    const box = cell.getBoundingClientRect();
    const hit = element.shadowRoot!.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    expect(cell.contains(hit)).toBe(true);
    expect(await axeViolations(element)).toEqual([]);
  });

  test("the widget's CSS does not touch the page: look-alike classes outside keep the page's styles", async () => {
    await shownReport();
    const decoy = document.createElement('section');
    decoy.className = 'lrv-root';
    decoy.innerHTML = '<p class="lrv-muted lrv-visually-hidden">page text</p>';
    document.body.append(decoy);
    const decoyStyle = getComputedStyle(decoy);
    expect(decoyStyle.getPropertyValue('--lrv-accent')).toBe('');
    expect(decoyStyle.paddingTop).toBe('0px');
    expect(getComputedStyle(decoy.firstElementChild!).position).toBe('static');
  });

  test('--lrv-* set by the page on the element theme the widget; ::part(viewer) lays it out', async () => {
    pageStyle(`
      legit-report-viewer { --lrv-border: rgb(1, 2, 3); --lrv-accent: rgb(122, 46, 142); }
      legit-report-viewer::part(viewer) { max-height: 300px; overflow: auto; }
    `);
    const element = await shownReport();
    const region = regionOf(element);
    expect(getComputedStyle(region).borderTopColor).toBe('rgb(1, 2, 3)');
    expect(getComputedStyle(region).getPropertyValue('--lrv-accent')).toBe('rgb(122, 46, 142)');
    // Values the page does not set keep the stylesheet's defaults.
    expect(getComputedStyle(region).getPropertyValue('--lrv-text')).toContain('light-dark(');
    const part = element.shadowRoot!.querySelector('[part="viewer"]')!;
    expect(getComputedStyle(part).maxHeight).toBe('300px');
    expect(Math.round(element.getBoundingClientRect().height)).toBe(300);
  });

  test('the hidden attribute hides the element (the one way to hide it)', async () => {
    const element = await shownReport();
    element.hidden = true;
    expect(getComputedStyle(element).display).toBe('none');
    element.hidden = false;
    expect(getComputedStyle(element).display).toBe('block');
  });
});
