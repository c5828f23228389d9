// <LegitIframe appKeyUrl> end to end in Chromium: the page (Vite, localhost) mints keys through
// the real proxy on another origin (CORS), from a loopback upstream, and embeds the simulated
// Legit.Health frame from a third origin; the viewer beside it hears the frame.
import { StrictMode, useRef } from 'react';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import {
  LegitIframe,
  LegitReportViewer,
  type LegitAppKeyError,
  type LegitIframeWithAppKeyUrlProps,
} from '../../../src/index';
import '../../../src/viewer/styles.css';
import { axeViolations } from '../../support/axe';
import { frameUrl, makeFramePost } from '../messages/frame-commands';
import { startLab, type LabHandle } from './lab';

// Each step waits on real HTTP and frame loads: generous under a loaded machine (no time is asserted).
const WAIT = { timeout: 10_000 };
const LEGIT = inject('crossOriginUrl');
const REPORT_ID = 'cUVHY3lUcEFSdzdhVklrMXFKS2k5ZzBxaHBYWXNERTNFWjBq';
const TITLE = 'Legit.Health skin analysis';
const REFUSED_NOTICE = /refused the portal's company key/;
const refuseOwnKey = { message: 'invalid_company_key', id: '{{company}}' };
const refuse = (key: string) => ({ message: 'invalid_company_key', id: key });
const completed = { message: 'analysis_completed', id: REPORT_ID };

function recorder() {
  return {
    onAppKey: vi.fn<NonNullable<LegitIframeWithAppKeyUrlProps['onAppKey']>>(),
    onAppKeyError: vi.fn<(error: LegitAppKeyError) => void>(),
    onInvalidCompanyKey: vi.fn<(key: string) => void>(),
    viewerHeardRefusal: vi.fn<(key: string) => void>(),
    viewerRejected: vi.fn<(reason: string, info: unknown) => void>(),
    onReport: vi.fn(),
  };
}
type Recorder = ReturnType<typeof recorder>;

/** A portal page: the frame minting through the lab's proxy, and the viewer bound to it. */
function Portal(props: { lab: LabHandle; r: Recorder; frame?: Partial<LegitIframeWithAppKeyUrlProps> }) {
  const ref = useRef<HTMLIFrameElement>(null);
  const { r } = props;
  return (
    <div>
      <LegitIframe
        ref={ref}
        appKeyUrl={props.lab.appKeyUrl}
        baseUrl={frameUrl(LEGIT)}
        onAppKey={r.onAppKey}
        onAppKeyError={r.onAppKeyError}
        onInvalidCompanyKey={r.onInvalidCompanyKey}
        {...props.frame}
      />
      <LegitReportViewer
        proxyUrl={props.lab.proxyUrl}
        allowedOrigins={[LEGIT]}
        iframeRef={ref}
        onReport={r.onReport}
        onInvalidCompanyKey={r.viewerHeardRefusal}
        onMessageRejected={r.viewerRejected}
      />
    </div>
  );
}

const frameElement = () => document.querySelector<HTMLIFrameElement>(`iframe[title="${TITLE}"]`);
const frameKey = () => new URL(frameElement()?.src ?? 'about:blank').searchParams.get('company');
const shown = (frame: HTMLIFrameElement | null) => frame !== null && frame.style.display !== 'none';

// Documents loaded in the Legit.Health frame so far (load events do not bubble, but are captured).
let frameLoads = 0;
const countLoad = (event: Event) => {
  if (event.target instanceof HTMLIFrameElement && event.target.title === TITLE) frameLoads += 1;
};
beforeEach(() => {
  frameLoads = 0;
  document.addEventListener('load', countLoad, true);
});
afterEach(() => document.removeEventListener('load', countLoad, true));
const loadsReach = (count: number) => vi.waitFor(() => expect(frameLoads).toBeGreaterThanOrEqual(count), WAIT);

const animationFrames = async (count: number) => {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** Waits until the frame is shown with a key other than `previous`, and returns it. */
async function shownKey(previous: string | null = null): Promise<string> {
  await vi.waitFor(() => {
    expect(shown(frameElement())).toBe(true);
    expect(frameKey()).not.toBe(previous);
  }, WAIT);
  return frameKey() ?? '';
}

async function renderReady(lab: LabHandle, r = recorder(), frame?: Partial<LegitIframeWithAppKeyUrlProps>) {
  const screen = await render(<Portal lab={lab} r={r} frame={frame} />);
  const key = await shownKey();
  await loadsReach(1);
  return { screen, r, key };
}

/** Refuses the frame's current key from inside the frame; resolves once the frame has posted it. */
async function refuseCurrentKey(): Promise<void> {
  await makeFramePost(frameElement()!, LEGIT, [refuseOwnKey]);
}

describe('<LegitIframe appKeyUrl>', { timeout: 60_000 }, () => {
  it('shows a named placeholder while it mints, then the frame with the key minted just before', async () => {
    const lab = await startLab();
    await lab.setMode('hold');
    const r = recorder();
    const screen = await render(<Portal lab={lab} r={r} />);
    const placeholder = screen.getByRole('status', { name: TITLE });
    await expect.element(placeholder, WAIT).toHaveTextContent('Starting Legit.Health…');
    await expect.element(placeholder, WAIT).toHaveAttribute('aria-busy', 'true');
    expect(frameElement()).toBeNull();
    expect(await axeViolations(screen.container)).toEqual([]);

    await lab.setMode('ok');
    const key = await shownKey();
    const { minted, keyRequests } = await lab.keys();
    expect(minted).toEqual([key]);
    expect(keyRequests).toBe(1);
    expect(key).toMatch(/^[A-Za-z0-9]{64}$/);
    expect(r.onAppKey).toHaveBeenCalledWith({ appKey: key, expiresAt: expect.stringMatching(/^\d{4}-/) });
    expect(screen.container.querySelector('[role="status"][aria-busy]')).toBeNull();
    expect(frameElement()!.allow).toBe('camera');
  });

  it('renews a refused current key exactly once, reloading the same frame element with the new key', async () => {
    const lab = await startLab();
    const { screen, r, key: first } = await renderReady(lab);
    const element = frameElement()!;
    // A notice on screen first, so the viewer's notice (loaded on demand) would replace it at once.
    await makeFramePost(element, LEGIT, [{ message: 'image_rejected', payload: ['blurry'] }]);
    await expect.element(screen.getByText(/did not accept the last photo \(blurry\)/), WAIT).toBeVisible();
    await refuseCurrentKey();

    const second = await shownKey(first);
    await loadsReach(2);
    expect(frameElement()).toBe(element);
    const { minted, keyRequests } = await lab.keys();
    expect(minted).toEqual([first, second]);
    expect(keyRequests).toBe(2);
    // The renewal succeeded: no final refusal, and no "company key refused" notice in the viewer.
    expect(r.onInvalidCompanyKey).not.toHaveBeenCalled();
    expect(r.onAppKeyError).not.toHaveBeenCalled();
    expect(r.viewerHeardRefusal).toHaveBeenCalledWith(first);
    await expect.element(screen.getByText(/did not accept the last photo/), WAIT).toBeVisible();
    expect(screen.container.textContent).not.toMatch(REFUSED_NOTICE);

    // The renewed frame's report still reaches the viewer (the source check follows the frame).
    await makeFramePost(element, LEGIT, [completed]);
    await expect.element(screen.getByRole('rowheader', { name: 'Acne', exact: true }), WAIT).toBeVisible();
    expect(r.onReport).toHaveBeenCalledTimes(1);
  });

  it('stops after a renewed key is refused too: an error with a retry, onInvalidCompanyKey, no loop', async () => {
    const lab = await startLab();
    const { screen, r, key: first } = await renderReady(lab);
    await refuseCurrentKey();
    const second = await shownKey(first);
    await loadsReach(2);
    await refuseCurrentKey();

    const alert = screen.getByRole('alert', { name: TITLE });
    await expect.element(alert, WAIT).toHaveTextContent(/refused the portal's key, and a new one too/);
    expect(r.onInvalidCompanyKey).toHaveBeenCalledWith(second);
    expect(r.onAppKeyError.mock.calls.map(([e]) => [e.code, e.companyKey])).toEqual([['KEY_REFUSED', second]]);
    expect(shown(frameElement())).toBe(false);
    // The viewer says so too, now that no renewal will follow.
    await expect.element(screen.getByText(REFUSED_NOTICE), WAIT).toBeVisible();
    // Refused again: still no new key.
    await makeFramePost(frameElement()!, LEGIT, [refuseOwnKey]);
    expect((await lab.keys()).keyRequests).toBe(2);
    expect(await axeViolations(screen.container)).toEqual([]);

    await alert.getByRole('button', { name: 'Try again' }).click();
    const third = await shownKey(second);
    expect((await lab.keys()).minted).toEqual([first, second, third]);
  });

  it('ignores a refusal naming an older key', async () => {
    const lab = await startLab();
    const { screen, r, key: first } = await renderReady(lab);
    await refuseCurrentKey();
    const second = await shownKey(first);
    await loadsReach(2);

    // In order: an image notice, the stale refusal, and a message name the viewer reports as unknown:
    // once that is reported, the refusal was handled, and the notice must still be the image's.
    const barrier = { message: 'barrier', id: REPORT_ID };
    await makeFramePost(frameElement()!, LEGIT, [
      { message: 'image_rejected', payload: ['dark'] },
      refuse(first),
      barrier,
    ]);
    await vi.waitFor(() => expect(r.viewerRejected).toHaveBeenCalledWith('unknown', expect.anything()), WAIT);
    await animationFrames(2);
    await expect.element(screen.getByText(/did not accept the last photo \(dark\)/), WAIT).toBeVisible();
    expect(await lab.keys()).toMatchObject({ minted: [first, second], keyRequests: 2 });
    expect(frameKey()).toBe(second);
    expect(shown(frameElement())).toBe(true);
    expect(r.onInvalidCompanyKey).not.toHaveBeenCalled();
    expect(screen.container.textContent).not.toMatch(REFUSED_NOTICE);
  });

  it.each([
    ['unauthorized', 'UNAUTHORIZED', 401, /session has ended/],
    ['forbidden', 'FORBIDDEN', 403, /may not start Legit\.Health/],
    ['hook-throws', 'SERVER', 500, /server could not start Legit\.Health/],
    ['upstream-500', 'SERVER', 502, /server could not start Legit\.Health/],
    ['drop', 'NETWORK', undefined, /could not be reached/],
    ['garbled', 'INVALID_RESPONSE', 200, /could not be read/],
  ] as const)('a failed mint (%s) is a typed %s error with a retry that works', async (mode, code, status, text) => {
    const lab = await startLab();
    await lab.setMode(mode);
    const r = recorder();
    const screen = await render(<Portal lab={lab} r={r} />);
    const alert = screen.getByRole('alert', { name: TITLE });
    await expect.element(alert, WAIT).toHaveTextContent(text);
    expect(frameElement()).toBeNull();
    const [error] = r.onAppKeyError.mock.calls[0]!;
    expect(error).toMatchObject({ name: 'LegitAppKeyError', code, status });
    expect((await lab.keys()).minted).toEqual([]);

    await lab.setMode('ok');
    await alert.getByRole('button', { name: 'Try again' }).click();
    const key = await shownKey();
    expect((await lab.keys()).minted).toEqual([key]);
    expect(r.onAppKeyError).toHaveBeenCalledTimes(1);
  });

  it('a renewal that fails to mint shows the error with a retry, and the viewer notice', async () => {
    const lab = await startLab();
    const { screen, key: first } = await renderReady(lab);
    await lab.setMode('upstream-500');
    await refuseCurrentKey();
    const alert = screen.getByRole('alert', { name: TITLE });
    await expect.element(alert, WAIT).toHaveTextContent(/server could not start Legit\.Health/);
    await expect.element(screen.getByText(REFUSED_NOTICE), WAIT).toBeVisible();
    await lab.setMode('ok');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await shownKey(first);
  });

  it('sends its extra headers through the CORS preflight of the proxy', async () => {
    const lab = await startLab();
    await renderReady(lab, recorder(), { appKeyHeaders: { 'X-CSRF-Token': 'csrf-123' } });
    const { headers } = await lab.keys();
    expect(headers).toHaveLength(1);
    expect(headers[0]).toMatchObject({ 'x-csrf-token': 'csrf-123', origin: location.origin });
  });

  it('cannot mint from a page whose origin the proxy does not allow (CORS)', async () => {
    const lab = await startLab({ pageOrigin: 'https://other-portal.example' });
    const r = recorder();
    const screen = await render(<Portal lab={lab} r={r} />);
    await expect.element(screen.getByRole('alert', { name: TITLE }), WAIT).toHaveTextContent(/could not be reached/);
    expect(r.onAppKeyError.mock.calls[0]![0].code).toBe('NETWORK');
    expect((await lab.keys()).minted).toEqual([]);
  });

  it('with credentials "include" it needs a proxy that allows them', async () => {
    const refusing = await startLab();
    const r = recorder();
    const screen = await render(<Portal lab={refusing} r={r} frame={{ appKeyCredentials: 'include' }} />);
    await expect.element(screen.getByRole('alert', { name: TITLE }), WAIT).toBeVisible();
    expect(r.onAppKeyError.mock.calls[0]![0].code).toBe('NETWORK');
    screen.unmount();

    const allowing = await startLab({ corsCredentials: true });
    await renderReady(allowing, recorder(), { appKeyCredentials: 'include' });
    expect((await allowing.keys()).minted).toHaveLength(1);
  });

  it('mints once under StrictMode', async () => {
    const lab = await startLab();
    await render(
      <StrictMode>
        <Portal lab={lab} r={recorder()} />
      </StrictMode>,
    );
    const key = await shownKey();
    expect(await lab.keys()).toMatchObject({ minted: [key], keyRequests: 1 });
  });

  it('speaks Spanish with locale "es"', async () => {
    const lab = await startLab();
    await lab.setMode('unauthorized');
    const screen = await render(<Portal lab={lab} r={recorder()} frame={{ locale: 'es' }} />);
    const alert = screen.getByRole('alert', { name: TITLE });
    await expect.element(alert, WAIT).toHaveTextContent(/Su sesión del portal ha finalizado/);
    await expect.element(alert.getByRole('button', { name: 'Reintentar' }), WAIT).toBeVisible();
  });
});
