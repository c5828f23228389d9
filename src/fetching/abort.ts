/**
 * Small AbortSignal helpers. `AbortSignal.any` and `AbortSignal.timeout` would do,
 * but the first is missing from browsers a hospital may still run, and the second
 * cannot be cleared once the work is done.
 */

export interface Deadline {
  readonly signal: AbortSignal;
  /** Stops the timer; call when the work settles. */
  clear(): void;
}

/** A signal that aborts with a `TimeoutError` DOMException after `ms`. */
export function createDeadline(ms: number): Deadline {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(new DOMException(`Timed out after ${ms} ms`, 'TimeoutError'));
  }, ms);
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

export interface CombinedSignal {
  readonly signal: AbortSignal;
  /** Removes the listeners placed on the inputs. */
  dispose(): void;
}

/** A signal that aborts, with the same reason, as soon as any input does. */
export function combineSignals(signals: readonly AbortSignal[]): CombinedSignal {
  const controller = new AbortController();
  const already = signals.find((s) => s.aborted);
  if (already !== undefined) {
    controller.abort(already.reason);
    return { signal: controller.signal, dispose: () => {} };
  }
  const listeners = signals.map((source) => {
    const onAbort = () => controller.abort(source.reason);
    source.addEventListener('abort', onAbort, { once: true });
    return () => source.removeEventListener('abort', onAbort);
  });
  return { signal: controller.signal, dispose: () => listeners.forEach((remove) => remove()) };
}

/**
 * Settles with `promise`, or rejects with the signal's reason as soon as it aborts:
 * a custom transport that ignores its signal still cannot outlive a cancel or timeout.
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
