// The key session's state machine, without React or a network: each mint is a promise the test settles.
import { describe, expect, it, vi } from 'vitest';
import { LegitAppKeyError } from '../../../src/app-key/errors';
import type { LegitAppKey } from '../../../src/app-key/mint';
import { createAppKeySession } from '../../../src/app-key/session';

function controlledMint() {
  const calls: Array<{ signal: AbortSignal; resolve(key: LegitAppKey): void; reject(error: unknown): void }> = [];
  const mint = (signal: AbortSignal) =>
    new Promise<LegitAppKey>((resolve, reject) => calls.push({ signal, resolve, reject }));
  return { mint, calls };
}

const key = (n: number): LegitAppKey => ({ appKey: `key${n}`.padEnd(64, 'x'), expiresAt: '2030-01-01T00:10:00.000Z' });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function readySession() {
  const m = controlledMint();
  const session = createAppKeySession(m.mint);
  session.connect();
  await settle();
  m.calls[0]!.resolve(key(1));
  await settle();
  return { session, ...m };
}

describe('createAppKeySession', () => {
  it('mints once when connected, after the synchronous mount-unmount-mount of StrictMode', async () => {
    const m = controlledMint();
    const session = createAppKeySession(m.mint);
    const listener = vi.fn();
    session.subscribe(listener);
    session.connect()();
    session.connect();
    await settle();
    expect(m.calls).toHaveLength(1);
    expect(session.getState()).toEqual({ status: 'minting', appKey: null, expiresAt: null, error: null });
    m.calls[0]!.resolve(key(1));
    await settle();
    expect(session.getState()).toEqual({
      status: 'ready',
      appKey: key(1).appKey,
      expiresAt: key(1).expiresAt,
      error: null,
    });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('renews the current key once; a refusal of the renewed key is KEY_REFUSED, with no further mint', async () => {
    const { session, calls } = await readySession();
    session.renew(key(1).appKey);
    expect(session.getState().status).toBe('minting');
    expect(calls).toHaveLength(2);
    calls[1]!.resolve(key(2));
    await settle();
    expect(session.getState().appKey).toBe(key(2).appKey);

    const onFailure = vi.fn();
    session.renew(key(2).appKey, onFailure);
    const { status, error } = session.getState();
    expect(status).toBe('error');
    expect(error).toBeInstanceOf(LegitAppKeyError);
    expect(error).toMatchObject({ code: 'KEY_REFUSED', companyKey: key(2).appKey });
    expect(onFailure).toHaveBeenCalledTimes(1);
    // A late listener hearing the same refusal learns it failed too; nothing is minted.
    const late = vi.fn();
    session.renew(key(2).appKey, late);
    expect(late).toHaveBeenCalledTimes(1);
    await settle();
    expect(calls).toHaveLength(2);
  });

  it('ignores a refusal naming any key but the current one', async () => {
    const { session, calls } = await readySession();
    const onFailure = vi.fn();
    session.renew('someOtherKey12345', onFailure);
    session.renew(key(1).appKey.toUpperCase(), onFailure);
    expect(session.getState().status).toBe('ready');
    expect(calls).toHaveLength(1);
    expect(onFailure).not.toHaveBeenCalled();
  });

  it('a second listener hearing the refusal joins the renewal in flight, and hears if it fails', async () => {
    const { session, calls } = await readySession();
    const first = vi.fn();
    const second = vi.fn();
    session.renew(key(1).appKey, first);
    session.renew(key(1).appKey, second);
    expect(calls).toHaveLength(2);
    calls[1]!.reject(new LegitAppKeyError({ code: 'SERVER', status: 502 }));
    await settle();
    expect(session.getState()).toMatchObject({ status: 'error', appKey: null, error: { code: 'SERVER', status: 502 } });
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('a successful renewal tells no failure callback, and the next refusal is final', async () => {
    const { session, calls } = await readySession();
    const onFailure = vi.fn();
    session.renew(key(1).appKey, onFailure);
    calls[1]!.resolve(key(2));
    await settle();
    expect(onFailure).not.toHaveBeenCalled();
    session.renew(key(2).appKey);
    expect(session.getState().error?.code).toBe('KEY_REFUSED');
  });

  it('a retry after an error starts a fresh chain: its key may be renewed once again', async () => {
    const { session, calls } = await readySession();
    session.renew(key(1).appKey);
    calls[1]!.resolve(key(2));
    await settle();
    session.renew(key(2).appKey);
    expect(session.getState().status).toBe('error');
    session.renew();
    calls[2]!.resolve(key(3));
    await settle();
    session.renew(key(3).appKey);
    expect(session.getState().status).toBe('minting');
    expect(calls).toHaveLength(4);
  });

  it('renew() without a key is ignored while a key is on its way', async () => {
    const m = controlledMint();
    const session = createAppKeySession(m.mint);
    session.connect();
    await settle();
    session.renew();
    session.renew();
    expect(m.calls).toHaveLength(1);
  });

  it('disconnecting aborts the request in flight and drops its answer; connecting again asks again', async () => {
    const m = controlledMint();
    const session = createAppKeySession(m.mint);
    const disconnect = session.connect();
    await settle();
    disconnect();
    expect(m.calls[0]!.signal.aborted).toBe(true);
    m.calls[0]!.resolve(key(1));
    await settle();
    expect(session.getState().status).toBe('minting');
    session.connect();
    await settle();
    expect(m.calls).toHaveLength(2);
  });

  it('an untyped failure becomes a NETWORK error', async () => {
    const m = controlledMint();
    const session = createAppKeySession(m.mint);
    session.connect();
    await settle();
    m.calls[0]!.reject(new TypeError('Failed to fetch'));
    await settle();
    expect(session.getState().error).toMatchObject({ name: 'LegitAppKeyError', code: 'NETWORK' });
  });
});
