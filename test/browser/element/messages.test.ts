// <legit-report-viewer> hears real cross-origin iframes (loopback servers from global-setup.ts):
// only the window named by iframe-id, only from allowed-origins; removal stops listening.
import { afterEach, beforeEach, describe, expect, inject, test, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { LegitIframeElement } from '../../../src/element/index';
import { frameUrl, makeFramePost } from '../messages/frame-commands';
import { fixtureTransport, mountViewer, recordEvents, REPORT_ID } from './support';

const LEGIT = inject('crossOriginUrl');
const THIRD = inject('thirdOriginUrl');
const FORGED_ID = 'cUVHY3lUcEFSdzdhVklrMXFKS2k5ZzBxaHBYWXNERTNFWjBq';
const LATE_ID = '0189bafa-0610-7349-a0ab-eb53695b27fd';
const completed = (id: string) => ({ message: 'analysis_completed', id });

let recorder: ReturnType<typeof recordEvents>;
beforeEach(() => {
  recorder = recordEvents();
});
afterEach(() => {
  recorder.stop();
  document.body.replaceChildren();
});

function addFrame(id: string, origin: string, parent: ParentNode = document.body): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.id = id;
  frame.title = id;
  frame.src = frameUrl(origin);
  parent.append(frame);
  return frame;
}

const rejections = () => recorder.of('legit-message-rejected').map((e) => [e.detail.reason, e.detail.info.origin]);

describe('<legit-report-viewer> and the iframe', () => {
  test('a message from the iframe-id window on an allowed origin shows the report; forged ones are ignored', async () => {
    const legit = addFrame('legit', LEGIT);
    const sameOriginOther = addFrame('other', LEGIT);
    const third = addFrame('third', THIRD);
    const fetchReport = fixtureTransport();
    mountViewer({ 'allowed-origins': LEGIT, 'iframe-id': 'legit' }, { fetchReport });

    await makeFramePost(third, THIRD, [completed(FORGED_ID)]);
    await makeFramePost(sameOriginOther, LEGIT, [completed(FORGED_ID)]);
    await vi.waitFor(() => expect(rejections()).toHaveLength(2));
    expect(rejections()).toEqual([
      ['source', THIRD],
      ['source', LEGIT],
    ]);

    await makeFramePost(legit, LEGIT, [completed(REPORT_ID)]);
    await expect.element(page.getByRole('row', { name: /^Acne ED80/ })).toHaveTextContent('99.65%');
    expect(recorder.of('legit-report-id').map((e) => e.detail.reportId)).toEqual([REPORT_ID]);
    expect(fetchReport.mock.calls.map((call) => call[0].id)).toEqual([REPORT_ID]);
  });

  test('without iframe-id, the origin alone decides', async () => {
    const third = addFrame('third', THIRD);
    const legit = addFrame('legit', LEGIT);
    const fetchReport = fixtureTransport();
    mountViewer({ 'allowed-origins': `https://iframe.legit.health, ${LEGIT}` }, { fetchReport });
    await makeFramePost(third, THIRD, [completed(FORGED_ID)]);
    await vi.waitFor(() => expect(rejections()).toEqual([['origin', THIRD]]));
    await makeFramePost(legit, LEGIT, [completed(REPORT_ID)]);
    await vi.waitFor(() => expect(fetchReport).toHaveBeenCalledTimes(1));
    expect(fetchReport.mock.calls[0]?.[0].id).toBe(REPORT_ID);
  });

  test('invalid_company_key and image_rejected become events with their detail', async () => {
    const legit = addFrame('legit', LEGIT);
    mountViewer({ 'allowed-origins': LEGIT, 'iframe-id': 'legit' }, { fetchReport: fixtureTransport() });
    await makeFramePost(legit, LEGIT, [
      { message: 'invalid_company_key', id: 'expiredCompanyKey123' },
      { message: 'image_rejected', payload: ['The image is blurry'] },
    ]);
    await vi.waitFor(() => expect(recorder.of('legit-image-rejected')).toHaveLength(1));
    expect(recorder.of('legit-invalid-company-key')[0]?.detail.companyKey).toBe('expiredCompanyKey123');
    expect(recorder.of('legit-image-rejected')[0]?.detail.reasons).toEqual(['The image is blurry']);
  });

  test('iframe-id may name a <legit-iframe>; both resolve inside a shadow root that holds them', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const frame = document.createElement('legit-iframe') as LegitIframeElement;
    frame.id = 'scan';
    frame.baseUrl = frameUrl(LEGIT);
    frame.company = 'test-company-key';
    shadow.append(frame);
    // A frame with the same id in the document must not count: the viewer looks in its own tree.
    addFrame('scan', LEGIT);
    const fetchReport = fixtureTransport();
    mountViewer({ 'allowed-origins': LEGIT, 'iframe-id': 'scan' }, { fetchReport }, shadow);
    await vi.waitFor(() => expect(frame.iframe).not.toBeNull());

    await makeFramePost(document.getElementById('scan') as HTMLIFrameElement, LEGIT, [completed(FORGED_ID)]);
    await vi.waitFor(() => expect(rejections()).toEqual([['source', LEGIT]]));
    await makeFramePost(frame.iframe!, LEGIT, [completed(REPORT_ID)]);
    await vi.waitFor(() => expect(fetchReport).toHaveBeenCalledTimes(1));
    expect(fetchReport.mock.calls[0]?.[0].id).toBe(REPORT_ID);
  });

  test('after removal a message is not heard: no event, no request', async () => {
    const legit = addFrame('legit', LEGIT);
    const fetchReport = fixtureTransport();
    const element = mountViewer({ 'allowed-origins': LEGIT, 'iframe-id': 'legit' }, { fetchReport });
    await makeFramePost(legit, LEGIT, [completed(REPORT_ID)]);
    await vi.waitFor(() => expect(fetchReport).toHaveBeenCalledTimes(1));
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // A listener of the test's own proves the message was delivered to this window.
    const delivered = new Promise<unknown>((resolve) =>
      window.addEventListener('message', (event) => event.origin === LEGIT && resolve(event.data), { once: true }),
    );
    await makeFramePost(legit, LEGIT, [completed(LATE_ID)]);
    expect(await delivered).toEqual(completed(LATE_ID));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetchReport).toHaveBeenCalledTimes(1);
    expect(recorder.of('legit-report-id').map((e) => e.detail.reportId)).toEqual([REPORT_ID]);
    expect(recorder.of('legit-message-rejected')).toEqual([]);
  });
});
