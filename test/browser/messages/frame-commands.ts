// Drives the simulated iframe served by test/support/cross-origin-server.ts.

let nextCommandId = 1;

/**
 * Makes the frame post `messages` to its parent, in order. Retries until the frame
 * acknowledges over a private MessagePort (the frame may still be loading), so it resolves
 * only once the frame has posted them. `targetOrigin` is the frame's origin ('*' for a
 * sandboxed frame, whose origin is opaque).
 */
export async function makeFramePost(
  iframe: HTMLIFrameElement,
  targetOrigin: string,
  messages: readonly unknown[],
): Promise<void> {
  const commandId = `c${nextCommandId++}`;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const target = iframe.contentWindow;
    if (target === null) throw new Error('iframe has no window');
    const channel = new MessageChannel();
    const acked = new Promise<boolean>((resolve) => {
      channel.port1.onmessage = () => resolve(true);
      setTimeout(() => resolve(false), 50);
    });
    // Dropped silently by the browser while the frame still shows about:blank (origin mismatch).
    target.postMessage({ cmd: 'post', commandId, messages }, targetOrigin, [channel.port2]);
    const ok = await acked;
    channel.port1.close();
    if (ok) return;
  }
  throw new Error(`frame at ${targetOrigin} never acknowledged command ${commandId}`);
}

/** A frame URL on `origin` (the LegitIframe base URL, or a plain iframe src). */
export const frameUrl = (origin: string): string => `${origin}/frame.html`;
