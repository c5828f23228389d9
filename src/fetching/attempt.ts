import { WIDGET_ATTEMPT_TIMEOUT_MS } from '../contract/timeouts';
import type { FetchReport, FetchReportArgs } from './request';

/** A transport's arguments, plus what one attempt needs; `signal` is the caller's cancellation (TanStack Query's). */
export interface AttemptArgs extends FetchReportArgs {
  fetchReport: FetchReport;
  timeoutMs?: number;
}

/** One attempt on its way. It loads with the page: the request never waits for the code that reads its answer. */
export interface Attempt {
  /** The transport's JSON; rejects as soon as `signal` aborts, so a transport that ignores it cannot outlive a cancel or timeout. */
  readonly json: Promise<unknown>;
  /** What the transport was given: aborted by the caller's cancel or by the deadline, whichever comes first. */
  readonly signal: AbortSignal;
  /** The attempt is over: the deadline and the caller's listener go. */
  end(): void;
  /** Gives up on the transport (with `reason`), then ends. */
  abort(reason: unknown): void;
}

/** Calls the transport under the caller's signal plus a deadline. */
export function startAttempt(args: AttemptArgs): Attempt {
  const timeoutMs = args.timeoutMs ?? WIDGET_ATTEMPT_TIMEOUT_MS;
  // By hand: `AbortSignal.any` is missing from browsers a hospital may still run, and
  // `AbortSignal.timeout` cannot be cleared once the work is done.
  const controller = new AbortController();
  const { signal } = controller;
  const cancel = () => controller.abort(args.signal.reason);
  const timer = setTimeout(
    () => controller.abort(new DOMException(`Timed out after ${timeoutMs} ms`, 'TimeoutError')),
    timeoutMs,
  );
  const json = new Promise<unknown>((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    args.signal.addEventListener('abort', cancel, { once: true });
    if (args.signal.aborted) cancel();
    Promise.resolve()
      .then(() => args.fetchReport({ id: args.id, format: args.format, locale: args.locale, signal }))
      .then(resolve, reject);
  });
  // Read by whoever finishes the attempt; one given up on must not surface as an unhandled rejection.
  json.catch(() => {});
  const end = () => {
    clearTimeout(timer);
    args.signal.removeEventListener('abort', cancel);
  };
  return {
    json,
    signal,
    end,
    abort(reason) {
      controller.abort(reason);
      end();
    },
  };
}
