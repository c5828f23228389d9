import { useEffect, useLayoutEffect, useRef } from 'react';

// A layout effect in the browser, so the value is fresh before any effect, event or message
// handler of the same commit runs; a plain effect on the server, where neither runs and
// useLayoutEffect would warn in React 18.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * A ref that holds the latest `value`, for callbacks and options read later (in an effect,
 * a listener, a query function) without re-subscribing when a host passes inline functions.
 * Read it outside render only; during render use `value` itself.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
