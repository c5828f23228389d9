/**
 * The key request alone: the POST and its deadline. It loads with the page, so the request can
 * start together with the download of the code that reads its answer (`mint.ts`).
 */
export interface MintAppKeyOptions {
  /** Default `same-origin`; `include` for a proxy on another origin that reads the portal's cookie. */
  credentials?: RequestCredentials;
  /** Extra request headers, e.g. the portal's CSRF token. A cross-origin proxy must allow them (`corsAllowHeaders`). */
  headers?: Readonly<Record<string, string>>;
  /** Default 15 000. */
  timeoutMs?: number;
}

export const DEFAULT_MINT_TIMEOUT_MS = 15_000;

/** A key request on its way. */
export interface KeyRequest {
  readonly response: Promise<Response>;
  /** Aborted at the deadline, or by `cancel`. */
  readonly signal: AbortSignal;
  cancel(): void;
  /** The answer has been read: the deadline no longer applies. */
  finish(): void;
}

/** POSTs to the key URL now; the deadline covers the answer and the reading of its body. */
export function sendKeyRequest(url: string, options: MintAppKeyOptions): KeyRequest {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? DEFAULT_MINT_TIMEOUT_MS);
  // In an executor, so a fetch that throws (a stand-in's) rejects like one that fails.
  const response = new Promise<Response>((resolve) => {
    resolve(
      fetch(url, {
        method: 'POST',
        credentials: options.credentials ?? 'same-origin',
        headers: { Accept: 'application/json', ...options.headers },
        cache: 'no-store',
        signal: controller.signal,
      }),
    );
  });
  // A request cancelled before anyone read it must not surface as an unhandled rejection.
  response.catch(() => {});
  return {
    response,
    signal: controller.signal,
    cancel() {
      clearTimeout(timer);
      controller.abort();
    },
    finish: () => clearTimeout(timer),
  };
}
