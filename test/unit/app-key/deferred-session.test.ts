// @vitest-environment node
// The session the page's code starts with: it sends the first key request and loads the key code
// together, and the real session then reads that request's answer instead of asking again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeferredAppKeySession } from '../../../src/app-key/deferred-session';

const KEY = 'nZL7FJQsV0qXwwv78VJNE/n7QdKRmIlM9rJqepmrhk7gob1D7/a4nHuIPhd+mzU=';
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A fetch whose answers the test gives, one per call, recording what was asked. */
function controlledFetch() {
  const calls: Array<{ url: string; init: RequestInit; answer(response: Response): void }> = [];
  const fetchStub = vi.fn(
    (url: string, init: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        calls.push({ url, init, answer: resolve });
      }),
  );
  vi.stubGlobal('fetch', fetchStub);
  return calls;
}

const keyAnswer = () => new Response(JSON.stringify({ appKey: KEY, expiresAt: null }), { status: 200 });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('../../../src/app-key/app-key-code');
  vi.resetModules();
});

describe('createDeferredAppKeySession', () => {
  it('sends one request on connect (after StrictMode’s mount, unmount, mount) and the real session reads it', async () => {
    const calls = controlledFetch();
    const session = createDeferredAppKeySession('/keys', { headers: { 'x-csrf': 't' } });
    session.connect()();
    session.connect();
    await settle();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ url: '/keys', init: { method: 'POST', headers: { 'x-csrf': 't' } } });
    expect(session.getState().status).toBe('minting');
    // The key code arrives (a dynamic import) while the request is still on its way.
    await vi.waitFor(async () => {
      await settle();
      calls[0]!.answer(keyAnswer());
      await settle();
      expect(session.getState()).toMatchObject({ status: 'ready', appKey: KEY });
    });
    expect(calls).toHaveLength(1);
  });

  it('aborts the request when it disconnects before the answer', async () => {
    const calls = controlledFetch();
    const session = createDeferredAppKeySession('/keys', {});
    const disconnect = session.connect();
    await settle();
    expect(calls).toHaveLength(1);
    disconnect();
    expect(calls[0]!.init.signal?.aborted).toBe(true);
  });

  it('key code that cannot be loaded is a NETWORK error in plain English, and its request is cancelled', async () => {
    vi.doMock('../../../src/app-key/app-key-code', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { createDeferredAppKeySession: create } = await import('../../../src/app-key/deferred-session');
    const calls = controlledFetch();
    const session = create('/keys', {});
    const listener = vi.fn();
    session.subscribe(listener);
    session.connect();
    await vi.waitFor(() => expect(session.getState().status).toBe('error'));
    const { error } = session.getState();
    expect(error?.code).toBe('NETWORK');
    expect(error?.message).toBe("The portal's server could not be reached to start Legit.Health.");
    expect(calls[0]!.init.signal?.aborted).toBe(true);
    expect(listener).toHaveBeenCalled();
  });
});
