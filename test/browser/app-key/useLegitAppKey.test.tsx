// useLegitAppKey for a host that builds its own frame: the same rules as <LegitIframe appKeyUrl>,
// against the real proxy (another origin) and a loopback upstream.
import { useRef } from 'react';
import { describe, expect, inject, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { buildLegitIframeUrl, useLegitAppKey, useLegitMessages, type LegitAppKeyResult } from '../../../src/index';
import { frameUrl, makeFramePost } from '../messages/frame-commands';
import { startLab } from './lab';

// Each step waits on real HTTP and frame loads: generous under a loaded machine (no time is asserted).
const WAIT = { timeout: 10_000 };
const LEGIT = inject('crossOriginUrl');

/** A host's own frame: it hands every refusal to `renew`, and shows the state as text. */
function HostFrame(props: { appKeyUrl: string; states: LegitAppKeyResult[]; timeoutMs?: number }) {
  const ref = useRef<HTMLIFrameElement>(null);
  const key = useLegitAppKey(props.appKeyUrl, { timeoutMs: props.timeoutMs });
  props.states.push(key);
  useLegitMessages({ allowedOrigins: [LEGIT], iframeRef: ref, onInvalidCompanyKey: key.renew });
  return (
    <div>
      <p data-testid="status">{key.status === 'error' ? `error ${key.error?.code}` : key.status}</p>
      {key.appKey && (
        <iframe
          ref={ref}
          title="host frame"
          src={buildLegitIframeUrl({ company: key.appKey, baseUrl: frameUrl(LEGIT) })}
        />
      )}
      <button type="button" onClick={() => key.renew()}>
        New key
      </button>
    </div>
  );
}

const frame = () => document.querySelector<HTMLIFrameElement>('iframe[title="host frame"]');
const frameKey = () => new URL(frame()?.src ?? 'about:blank').searchParams.get('company');
const refuseOwnKey = { message: 'invalid_company_key', id: '{{company}}' };

describe('useLegitAppKey', { timeout: 60_000 }, () => {
  it('minting → ready with the minted key and its expiry; a refusal renews once; a second one is KEY_REFUSED', async () => {
    const lab = await startLab();
    const states: LegitAppKeyResult[] = [];
    const screen = await render(<HostFrame appKeyUrl={lab.appKeyUrl} states={states} />);
    const status = screen.getByTestId('status');
    await expect.element(status, WAIT).toHaveTextContent('ready');
    expect(states[0]).toMatchObject({ status: 'minting', appKey: null, expiresAt: null, error: null });
    const ready = states.at(-1)!;
    const { minted } = await lab.keys();
    expect(ready.appKey).toBe(minted[0]);
    // About ten minutes from now, as the proxy mints it (informational: nothing reloads on it).
    const lifetime = Date.parse(ready.expiresAt ?? '') - Date.now();
    expect(lifetime).toBeGreaterThan(8 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(10 * 60_000);

    const first = frameKey();
    await makeFramePost(frame()!, LEGIT, [refuseOwnKey]);
    await vi.waitFor(() => expect(frameKey()).not.toBe(first), WAIT);
    await expect.element(status, WAIT).toHaveTextContent('ready');
    const second = frameKey();
    expect((await lab.keys()).minted).toEqual([first, second]);

    // This host's frame is a new element with the new key; a refusal from it is final.
    await makeFramePost(frame()!, LEGIT, [refuseOwnKey]);
    await expect.element(status, WAIT).toHaveTextContent('error KEY_REFUSED');
    expect(states.at(-1)).toMatchObject({ status: 'error', appKey: null, error: { companyKey: second } });
    expect((await lab.keys()).keyRequests).toBe(2);

    await screen.getByRole('button', { name: 'New key' }).click();
    await expect.element(status, WAIT).toHaveTextContent('ready');
    expect((await lab.keys()).minted).toHaveLength(3);
  });

  it('renew() with no key mints a fresh key on demand, once even when called twice', async () => {
    const lab = await startLab();
    const states: LegitAppKeyResult[] = [];
    const screen = await render(<HostFrame appKeyUrl={lab.appKeyUrl} states={states} />);
    await expect.element(screen.getByTestId('status'), WAIT).toHaveTextContent('ready');
    const before = frameKey();
    const { renew } = states.at(-1)!;
    renew();
    renew();
    // While the new key is minted there is no frame (and no key): wait for the frame with the new one.
    await vi.waitFor(() => expect([null, before]).not.toContain(frameKey()), WAIT);
    expect(await lab.keys()).toMatchObject({ keyRequests: 2, minted: [before, frameKey()] });
  });

  it('gives up on a key route that does not answer: TIMEOUT, and the retry works', async () => {
    const lab = await startLab();
    await lab.setMode('hold');
    const states: LegitAppKeyResult[] = [];
    const screen = await render(<HostFrame appKeyUrl={lab.appKeyUrl} states={states} timeoutMs={300} />);
    await expect.element(screen.getByTestId('status'), WAIT).toHaveTextContent('error TIMEOUT');
    expect(states.at(-1)?.error).toMatchObject({ name: 'LegitAppKeyError', code: 'TIMEOUT', status: undefined });
    await lab.setMode('ok');
    await screen.getByRole('button', { name: 'New key' }).click();
    await expect.element(screen.getByTestId('status'), WAIT).toHaveTextContent('ready');
  });
});
