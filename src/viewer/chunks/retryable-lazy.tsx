import { lazy, type ComponentType } from 'react';
import { chunkLoadError } from './chunk-error';

// The lazy components whose import failed, each with the way to start it over.
const failed = new Set<() => void>();

/**
 * Starts every failed import over: the next render of each imports again, and the browser
 * fetches the chunk again. Called by the frame's Retry only; never during render, where
 * React's own second try after an error would otherwise import again at once (and again,
 * for as long as the network is down).
 */
export function retryFailedChunks(): void {
  const restarts = [...failed];
  failed.clear();
  for (const restart of restarts) restart();
}

/**
 * `React.lazy`, except that a failed import is not kept for good (React.lazy caches the
 * rejection) but until `retryFailedChunks`. A failure rejects as CHUNK_LOAD_FAILED.
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const start = (): ComponentType<P> =>
    lazy(() =>
      load().then(
        (Component) => ({ default: Component }),
        (cause: unknown) => {
          failed.add(restart);
          throw chunkLoadError(cause);
        },
      ),
    );
  let current = start();
  function restart() {
    current = start();
  }
  function RetryableLazy(props: P) {
    const Component = current;
    return <Component {...props} />;
  }
  return RetryableLazy;
}
