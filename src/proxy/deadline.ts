/**
 * An abort signal that fires after `timeoutMs` (refreshable, so a streamed body can use it as an idle timeout)
 * or when `parent` aborts (the client went away). Like `AbortSignal.timeout`, but it can be refreshed and disposed.
 */
export interface Deadline {
  readonly signal: AbortSignal;
  /** True once the timer, not the parent, aborted the signal. */
  readonly timedOut: boolean;
  /** Restarts the timer. */
  refresh(): void;
  /** Stops the timer without detaching (while a streamed body waits for its reader). */
  pause(): void;
  /** Stops the timer and detaches from the parent. */
  dispose(): void;
}

export function createDeadline(timeoutMs: number, parent?: AbortSignal): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const fire = (): void => {
    timedOut = true;
    controller.abort(new DOMException('The upstream did not answer in time.', 'TimeoutError'));
  };
  let timer = setTimeout(fire, timeoutMs);
  const onParentAbort = (): void => controller.abort(parent?.reason);
  if (parent?.aborted) controller.abort(parent.reason);
  else parent?.addEventListener('abort', onParentAbort, { once: true });
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    refresh() {
      clearTimeout(timer);
      if (!controller.signal.aborted) timer = setTimeout(fire, timeoutMs);
    },
    pause() {
      clearTimeout(timer);
    },
    dispose() {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onParentAbort);
    },
  };
}
