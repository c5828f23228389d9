// Real two-origin tests: the test page (Vite, localhost) embeds simulated Legit.Health
// iframes served from other origins (loopback servers from global-setup.ts).
import { StrictMode, useRef } from 'react';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { LegitIframe } from '../../../src/messages/LegitIframe';
import type { MessageRejectionReason } from '../../../src/messages/types';
import { useLegitMessages, type UseLegitMessagesOptions } from '../../../src/messages/useLegitMessages';
import { useReportIdFromMessages } from '../../../src/messages/useReportIdFromMessages';
import { trackMessageListeners } from '../../support/message-listeners';
import { frameUrl, makeFramePost } from './frame-commands';

const LEGIT = inject('crossOriginUrl');
const THIRD = inject('thirdOriginUrl');
const ID_A = 'cUVHY3lUcEFSdzdhVklrMXFKS2k5ZzBxaHBYWXNERTNFWjBq';
const ID_B = '0189bafa-0610-7349-a0ab-eb53695b27fd';
const completed = (id: string) => ({ message: 'analysis_completed', id });

type Rejection = [MessageRejectionReason, string];

/** A portal page: the hook plus the frames, with the recorded callbacks. */
function Portal(props: {
  options: UseLegitMessagesOptions;
  knownFrame?: boolean;
  frames: ReadonlyArray<{ testId: string; src: string; sandbox?: string }>;
  onRefs?: (refs: Map<string, HTMLIFrameElement>) => void;
}) {
  const legitRef = useRef<HTMLIFrameElement | null>(null);
  useLegitMessages({ ...props.options, iframeRef: props.knownFrame ? legitRef : undefined });
  return (
    <div>
      <LegitIframe ref={legitRef} company="test-key" baseUrl={frameUrl(LEGIT)} />
      {props.frames.map((frame) => (
        <iframe
          key={frame.testId}
          data-testid={frame.testId}
          title={frame.testId}
          src={frame.src}
          sandbox={frame.sandbox}
        />
      ))}
    </div>
  );
}

function frame(testId: string): HTMLIFrameElement {
  const element = document.querySelector<HTMLIFrameElement>(
    testId === 'legit' ? 'iframe[title="Legit.Health skin analysis"]' : `iframe[data-testid="${testId}"]`,
  );
  if (element === null) throw new Error(`no iframe ${testId}`);
  return element;
}

function recorder() {
  const accepted: string[] = [];
  const rejected: Rejection[] = [];
  const options: UseLegitMessagesOptions = {
    allowedOrigins: [LEGIT],
    onAnalysisCompleted: (id) => accepted.push(id),
    onMessageRejected: (reason, info) => rejected.push([reason, info.origin]),
  };
  return { accepted, rejected, options };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('messages across real origins', () => {
  it('accepts analysis_completed from the Legit.Health frame on its origin', async () => {
    const r = recorder();
    await render(<Portal options={r.options} knownFrame frames={[]} />);
    expect(LEGIT).not.toBe(location.origin);
    await makeFramePost(frame('legit'), LEGIT, [completed(ID_A)]);
    await vi.waitFor(() => expect(r.accepted).toEqual([ID_A]));
    expect(r.rejected).toEqual([]);
  });

  it('accepts the JSON-string and bare-id forms too', async () => {
    const r = recorder();
    await render(<Portal options={r.options} knownFrame frames={[]} />);
    await makeFramePost(frame('legit'), LEGIT, [JSON.stringify(completed(ID_A)), ID_B]);
    await vi.waitFor(() => expect(r.accepted).toEqual([ID_A, ID_B]));
  });

  // That the real widget then fetches nothing is checked end to end (test/e2e/demo.test.ts, security check).
  it('ignores a third origin posting the same message: no report id is taken', async () => {
    const r = recorder();
    function Viewer() {
      const id = useReportIdFromMessages(r.options);
      return (
        <>
          <output data-testid="report-id">{id ?? 'waiting'}</output>
          <iframe data-testid="third" title="third" src={frameUrl(THIRD)} />
        </>
      );
    }
    const screen = await render(<Viewer />);
    await makeFramePost(frame('third'), THIRD, [completed(ID_A)]);
    await vi.waitFor(() => expect(r.rejected).toEqual([['origin', THIRD]]));
    expect(r.accepted).toEqual([]);
    await expect.element(screen.getByTestId('report-id')).toHaveTextContent('waiting');
  });

  it('ignores a sandboxed frame (origin "null") even when it is served from the allowed origin', async () => {
    const r = recorder();
    await render(
      <Portal options={r.options} frames={[{ testId: 'sandboxed', src: frameUrl(LEGIT), sandbox: 'allow-scripts' }]} />,
    );
    await makeFramePost(frame('sandboxed'), '*', [completed(ID_A)]);
    await vi.waitFor(() => expect(r.rejected).toEqual([['origin', 'null']]));
    expect(r.accepted).toEqual([]);
  });

  it('ignores a second frame of the same origin when the Legit.Health frame is known', async () => {
    const r = recorder();
    await render(<Portal options={r.options} knownFrame frames={[{ testId: 'sibling', src: frameUrl(LEGIT) }]} />);
    await makeFramePost(frame('sibling'), LEGIT, [completed(ID_A)]);
    await vi.waitFor(() => expect(r.rejected).toEqual([['source', LEGIT]]));
    // The known frame still gets through.
    await makeFramePost(frame('legit'), LEGIT, [completed(ID_B)]);
    await vi.waitFor(() => expect(r.accepted).toEqual([ID_B]));
  });

  it('without a known frame, the same sibling would be accepted: the source check is what stops it', async () => {
    const r = recorder();
    await render(<Portal options={r.options} frames={[{ testId: 'sibling', src: frameUrl(LEGIT) }]} />);
    await makeFramePost(frame('sibling'), LEGIT, [completed(ID_A)]);
    await vi.waitFor(() => expect(r.accepted).toEqual([ID_A]));
  });

  it('ignores the page posting to itself even when its own origin is allowed', async () => {
    const r = recorder();
    await render(
      <Portal options={{ ...r.options, allowedOrigins: [LEGIT, location.origin] }} knownFrame frames={[]} />,
    );
    window.postMessage(completed(ID_A), location.origin);
    await vi.waitFor(() => expect(r.rejected).toEqual([['source', location.origin]]));
    expect(r.accepted).toEqual([]);
  });

  it('refuses the known frame once it has navigated to another origin', async () => {
    const r = recorder();
    await render(<Portal options={r.options} knownFrame frames={[]} />);
    const legit = frame('legit');
    legit.src = `${frameUrl(THIRD)}?post=${encodeURIComponent(JSON.stringify([completed(ID_A)]))}`;
    // The frame posts once its new page has loaded on a new origin (a new process): slow on a loaded machine.
    await vi.waitFor(() => expect(r.rejected).toEqual([['origin', THIRD]]), { timeout: 10_000 });
    expect(r.accepted).toEqual([]);
  });

  it('delivers each message once under StrictMode (one listener after the double mount)', async () => {
    const r = recorder();
    const listeners = trackMessageListeners();
    const screen = await render(
      <StrictMode>
        <Portal options={r.options} knownFrame frames={[]} />
      </StrictMode>,
    );
    expect(listeners.active()).toBe(1);
    // Both come from one window, so they arrive in order: once B is in, A has been fully dispatched.
    await makeFramePost(frame('legit'), LEGIT, [completed(ID_A), completed(ID_B)]);
    await vi.waitFor(() => expect(r.accepted).toContain(ID_B));
    expect(r.accepted).toEqual([ID_A, ID_B]);
    await screen.unmount();
    expect(listeners.active()).toBe(0);
  });
});
