// <legit-iframe app-key-url> in Chromium: the element mints its key through the real proxy on
// another origin (the key lab), renews it once when the frame refuses it, and a
// <legit-report-viewer iframe-id> beside it keeps hearing the renewed frame.
import { afterEach, describe, expect, inject, test, vi } from 'vitest';
import type { LegitIframeElement } from '../../../src/element/index';
import '../../../src/element/index';
import { startLab } from '../app-key/lab';
import { frameUrl, makeFramePost } from '../messages/frame-commands';
import { recordEvents } from './support';

const WAIT = { timeout: 10_000 };
const LEGIT = inject('crossOriginUrl');
const REPORT_ID = 'cUVHY3lUcEFSdzdhVklrMXFKS2k5ZzBxaHBYWXNERTNFWjBq';

afterEach(() => {
  document.body.replaceChildren();
});

const innerFrame = (element: LegitIframeElement) => element.shadowRoot?.querySelector('iframe') ?? null;
const keyOf = (element: LegitIframeElement) =>
  new URL(innerFrame(element)?.src ?? 'about:blank').searchParams.get('company');

async function shownKey(element: LegitIframeElement, previous: string | null = null): Promise<string> {
  await vi.waitFor(() => {
    expect(innerFrame(element)).not.toBeNull();
    expect(innerFrame(element)!.style.display).not.toBe('none');
    expect(keyOf(element)).not.toBe(previous);
  }, WAIT);
  return keyOf(element) ?? '';
}

describe('<legit-iframe app-key-url>', { timeout: 60_000 }, () => {
  test('mints its own key, renews it once on refusal, and the viewer hears the renewed frame', async () => {
    const lab = await startLab();
    const frame = document.createElement('legit-iframe');
    frame.id = 'legit-frame';
    frame.setAttribute('app-key-url', lab.appKeyUrl);
    frame.setAttribute('base-url', frameUrl(LEGIT));
    const viewer = document.createElement('legit-report-viewer');
    viewer.setAttribute('proxy-url', lab.proxyUrl);
    viewer.setAttribute('allowed-origins', LEGIT);
    viewer.setAttribute('iframe-id', 'legit-frame');
    const recorded = recordEvents();
    // Events bubble to the document; each is told apart by the element that sent it.
    const from = (target: Element) => ({
      of: <K extends Parameters<typeof recorded.of>[0]>(name: K) =>
        recorded
          .of(name)
          .filter((event) => event.target === target)
          .map((event) => event.detail),
    });
    const frameEvents = from(frame);
    const viewerEvents = from(viewer);
    document.body.append(frame, viewer);

    const first = await shownKey(frame);
    expect((await lab.keys()).minted).toEqual([first]);
    await vi.waitFor(() => expect(frameEvents.of('legit-app-key')).toHaveLength(1), WAIT);
    expect(frameEvents.of('legit-app-key')[0]).toMatchObject({ key: { appKey: first } });

    // The frame refuses its own key: exactly one new key, on the same inner element.
    const element = innerFrame(frame)!;
    await makeFramePost(element, LEGIT, [{ message: 'invalid_company_key', id: first }]);
    const second = await shownKey(frame, first);
    expect(innerFrame(frame)).toBe(element);
    expect((await lab.keys()).minted).toEqual([first, second]);
    expect(frameEvents.of('legit-invalid-company-key')).toEqual([]);

    // A report from the renewed frame reaches the viewer bound by iframe-id.
    await makeFramePost(innerFrame(frame)!, LEGIT, [{ message: 'analysis_completed', id: REPORT_ID }]);
    await vi.waitFor(() => expect(viewerEvents.of('legit-report')).toHaveLength(1), WAIT);

    // A second refusal stops: an error event and the final refusal, no third key.
    await makeFramePost(innerFrame(frame)!, LEGIT, [{ message: 'invalid_company_key', id: second }]);
    await vi.waitFor(() => expect(frameEvents.of('legit-invalid-company-key')).toEqual([{ companyKey: second }]), WAIT);
    expect(frameEvents.of('legit-app-key-error')).toHaveLength(1);
    expect((await lab.keys()).minted).toEqual([first, second]);
    recorded.stop();
  });
});
