import { act, render, renderHook } from '@testing-library/react';
import { createRef, StrictMode } from 'react';
import type { ReactNode, RefObject } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LegitConfigError } from '../../../src/messages/errors';
import { useLegitMessages, type UseLegitMessagesOptions } from '../../../src/messages/useLegitMessages';
import { useReportIdFromMessages } from '../../../src/messages/useReportIdFromMessages';
import { trackMessageListeners } from '../../support/message-listeners';

const ORIGIN = 'https://iframe.legit.health';
const ID_A = 'cUVHY3lUcEFSdzdhVklrMXFKS2k5ZzBxaHBYWXNERTNFWjBq';
const ID_B = '0189bafa-0610-7349-a0ab-eb53695b27fd';

function post(data: unknown, init: { origin?: string; source?: MessageEventSource | null } = {}): void {
  act(() => {
    window.dispatchEvent(
      new MessageEvent('message', { data, origin: init.origin ?? ORIGIN, source: init.source ?? null }),
    );
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useLegitMessages', () => {
  it('dispatches each accepted message to its callback', () => {
    const onAnalysisCompleted = vi.fn();
    const onInvalidCompanyKey = vi.fn();
    const onImageRejected = vi.fn();
    renderHook(() => useLegitMessages({ onAnalysisCompleted, onInvalidCompanyKey, onImageRejected }));
    post({ message: 'analysis_completed', id: ID_A });
    post({ message: 'invalid_company_key', id: ID_B });
    post({ message: 'image_rejected', payload: ['blurry'] });
    expect(onAnalysisCompleted).toHaveBeenCalledExactlyOnceWith(ID_A);
    expect(onInvalidCompanyKey).toHaveBeenCalledExactlyOnceWith(ID_B);
    expect(onImageRejected).toHaveBeenCalledExactlyOnceWith(['blurry']);
  });

  it('reports every drop with its reason and origin', () => {
    const onMessageRejected = vi.fn();
    const onAnalysisCompleted = vi.fn();
    renderHook(() => useLegitMessages({ onMessageRejected, onAnalysisCompleted }));
    post({ message: 'analysis_completed', id: ID_A }, { origin: 'https://iframe.legit.health.evil.example' });
    post(null);
    post({ message: 'analysis_completed', id: '../x/../y' });
    post({ message: 'resize' });
    expect(onAnalysisCompleted).not.toHaveBeenCalled();
    expect(onMessageRejected.mock.calls.map(([reason, info]) => [reason, (info as { origin: string }).origin])).toEqual(
      [
        ['origin', 'https://iframe.legit.health.evil.example'],
        ['shape', ORIGIN],
        ['id', ORIGIN],
        ['unknown', ORIGIN],
      ],
    );
    expect(onMessageRejected.mock.calls[0]?.[1]).toMatchObject({
      detail: expect.stringMatching(/not one of the allowed origins/),
    });
  });

  it('keeps one listener across re-renders with new inline handlers and a new equal allowedOrigins array', () => {
    const listeners = trackMessageListeners();
    const seen: string[] = [];
    const { rerender } = renderHook(
      ({ tag }: { tag: string }) =>
        useLegitMessages({ allowedOrigins: [ORIGIN], onAnalysisCompleted: (id) => seen.push(`${tag}:${id}`) }),
      { initialProps: { tag: 'first' } },
    );
    expect(listeners.added()).toBe(1);
    rerender({ tag: 'second' });
    rerender({ tag: 'third' });
    expect(listeners.added()).toBe(1);
    post({ message: 'analysis_completed', id: ID_A });
    // The latest inline handler runs, without re-subscribing.
    expect(seen).toEqual([`third:${ID_A}`]);
  });

  it('re-subscribes when the allowed origins change, and applies the new list', () => {
    const listeners = trackMessageListeners();
    const onAnalysisCompleted = vi.fn();
    const { rerender } = renderHook(
      ({ origins }: { origins: string[] }) => useLegitMessages({ allowedOrigins: origins, onAnalysisCompleted }),
      {
        initialProps: { origins: [ORIGIN] },
      },
    );
    rerender({ origins: ['https://iframe-pre.legit.health'] });
    expect(listeners.added()).toBe(2);
    expect(listeners.active()).toBe(1);
    post({ message: 'analysis_completed', id: ID_A });
    post({ message: 'analysis_completed', id: ID_B }, { origin: 'https://iframe-pre.legit.health' });
    expect(onAnalysisCompleted.mock.calls).toEqual([[ID_B]]);
  });

  it('removes its listener on unmount and when disabled', () => {
    const listeners = trackMessageListeners();
    const onAnalysisCompleted = vi.fn();
    const { rerender, unmount } = renderHook(
      ({ enabled }: { enabled: boolean }) => useLegitMessages({ enabled, onAnalysisCompleted }),
      {
        initialProps: { enabled: true },
      },
    );
    expect(listeners.active()).toBe(1);
    rerender({ enabled: false });
    expect(listeners.active()).toBe(0);
    post({ message: 'analysis_completed', id: ID_A });
    rerender({ enabled: true });
    expect(listeners.active()).toBe(1);
    unmount();
    expect(listeners.active()).toBe(0);
    post({ message: 'analysis_completed', id: ID_B });
    expect(onAnalysisCompleted).not.toHaveBeenCalled();
  });

  it('leaves exactly one listener under StrictMode, and delivers once', () => {
    const listeners = trackMessageListeners();
    const onAnalysisCompleted = vi.fn();
    const wrapper = ({ children }: { children: ReactNode }) => <StrictMode>{children}</StrictMode>;
    const { unmount } = renderHook(() => useLegitMessages({ onAnalysisCompleted }), { wrapper });
    expect(listeners.active()).toBe(1);
    post({ message: 'analysis_completed', id: ID_A });
    expect(onAnalysisCompleted).toHaveBeenCalledTimes(1);
    unmount();
    expect(listeners.active()).toBe(0);
  });

  it('checks the source against iframeRef, read at message time', () => {
    const iframe = document.createElement('iframe');
    document.body.append(iframe);
    const iframeRef: RefObject<HTMLIFrameElement | null> = createRef<HTMLIFrameElement>();
    const onAnalysisCompleted = vi.fn();
    const onMessageRejected = vi.fn();
    renderHook(() => useLegitMessages({ iframeRef, onAnalysisCompleted, onMessageRejected }));
    // Before the iframe is attached to the ref nothing is accepted, even from the right origin.
    post({ message: 'analysis_completed', id: ID_A }, { source: iframe.contentWindow });
    iframeRef.current = iframe;
    post({ message: 'analysis_completed', id: ID_A }, { source: window });
    post({ message: 'analysis_completed', id: ID_B }, { source: iframe.contentWindow });
    expect(onMessageRejected.mock.calls.map(([reason]) => reason)).toEqual(['source', 'source']);
    expect(onAnalysisCompleted.mock.calls).toEqual([[ID_B]]);
    iframe.remove();
  });

  it('explains drops on the console only in debug mode', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const { rerender } = renderHook((props: UseLegitMessagesOptions) => useLegitMessages(props), {
      initialProps: { debug: false },
    });
    post({ message: 'analysis_completed', id: ID_A }, { origin: 'http://iframe.legit.health' });
    expect(info).not.toHaveBeenCalled();
    rerender({ debug: true });
    post({ message: 'analysis_completed', id: ID_A }, { origin: 'http://iframe.legit.health' });
    post({ message: 'analysis_completed', id: 'a b' });
    post({ message: 'analysis_completed', id: ID_A });
    expect(info.mock.calls.map(([text]) => String(text))).toEqual([
      expect.stringMatching(
        /dropped \(origin\).*"http:\/\/iframe\.legit\.health" is not one of the allowed origins \(https:\/\/iframe\.legit\.health\)/,
      ),
      expect.stringMatching(/dropped \(id\)/),
    ]);
    expect(debug).toHaveBeenCalledTimes(1);
  });

  it('throws a LegitConfigError during render for an unsafe allowlist', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderHook(() => useLegitMessages({ allowedOrigins: ['*'] }))).toThrow(LegitConfigError);
  });
});

describe('useReportIdFromMessages', () => {
  it('starts at null, keeps the last id, and does not re-render for a repeated id', () => {
    let renders = 0;
    const onAnalysisCompleted = vi.fn();
    const { result } = renderHook(() => {
      renders += 1;
      return useReportIdFromMessages({ onAnalysisCompleted });
    });
    expect(result.current).toBeNull();
    post({ message: 'analysis_completed', id: ID_A });
    expect(result.current).toBe(ID_A);
    const rendersAfterFirst = renders;
    post({ message: 'analysis_completed', id: ID_A });
    expect(renders).toBe(rendersAfterFirst);
    post({ message: 'analysis_completed', id: ID_B });
    expect(result.current).toBe(ID_B);
    post({ message: 'analysis_completed', id: 'forged id!' });
    expect(result.current).toBe(ID_B);
    expect(onAnalysisCompleted.mock.calls).toEqual([[ID_A], [ID_A], [ID_B]]);
  });

  it('renders the id in a component', () => {
    function Probe() {
      const id = useReportIdFromMessages({});
      return <output>{id ?? 'waiting'}</output>;
    }
    const { container } = render(<Probe />);
    expect(container.textContent).toBe('waiting');
    post(ID_A);
    expect(container.textContent).toBe(ID_A);
  });
});
