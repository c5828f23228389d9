// A lazily loaded part of the widget that fails to load: the frame's error state with a Retry
// that imports again. The loader here is a stand-in that rejects the way a failed import()
// does; the real import() against a blocked network is the package check
// (test/package/chunk-failure-check.mjs).
import { Suspense } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { loadLabels, type LegitReportError } from '../../../src/index';
import { retryableLazy } from '../../../src/viewer/chunks/retryable-lazy';
import { ViewerFrame } from '../../../src/viewer/ViewerFrame';
import { HostBoundary } from './host-boundary';
import '../../../src/viewer/styles.css';

const importFailure = () => new TypeError('Failed to fetch dynamically imported module: /assets/part-x1.js');

function Part() {
  return <p>The lazily loaded part</p>;
}

/** A loader that fails `failures` times, then loads `Part`. */
function flakyLoader(failures: number) {
  let calls = 0;
  return vi.fn(() => (++calls <= failures ? Promise.reject(importFailure()) : Promise.resolve(Part)));
}

describe('a part of the widget that cannot be loaded', () => {
  test('shows its own words and a Retry that imports again; nothing is thrown to the page', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    const load = flakyLoader(2);
    const LazyPart = retryableLazy(load);
    const onError = vi.fn<(error: LegitReportError) => void>();
    const screen = await render(
      <ViewerFrame showsReport onError={onError}>
        <Suspense fallback={null}>
          <LazyPart />
        </Suspense>
      </ViewerFrame>,
    );
    const alert = screen.getByRole('alert');
    await expect
      .element(alert)
      .toHaveTextContent('Part of the viewer could not be loaded. Check the connection and try again.');
    expect(alert.element().textContent).not.toContain('could not be read');
    expect(onError.mock.calls.map(([error]) => error.code)).toEqual(['CHUNK_LOAD_FAILED']);
    expect(onError.mock.calls[0]![0].cause).toBeInstanceOf(TypeError);

    // Still failing: the Retry imports again and fails again, visibly.
    await screen.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => load.mock.calls.length).toBe(2);
    await expect.element(screen.getByRole('alert')).toHaveTextContent('Part of the viewer could not be loaded.');

    await screen.getByRole('button', { name: 'Try again' }).click();
    await expect.element(screen.getByText('The lazily loaded part')).toBeVisible();
    expect(load).toHaveBeenCalledTimes(3);
    expect(screen.container.querySelector('[role="alert"]')).toBeNull();
    window.removeEventListener('unhandledrejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });

  test('in Spanish, once the Spanish labels are there', async () => {
    await loadLabels('es');
    const LazyPart = retryableLazy(flakyLoader(1));
    const screen = await render(
      <ViewerFrame showsReport locale="es">
        <Suspense fallback={null}>
          <LazyPart />
        </Suspense>
      </ViewerFrame>,
    );
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('No se pudo cargar una parte del visor. Compruebe la conexión e inténtelo de nuevo.');
    await screen.getByRole('button', { name: 'Reintentar' }).click();
    await expect.element(screen.getByText('The lazily loaded part')).toBeVisible();
  });

  test('other errors are not hidden as a failed chunk: they reach the host’s boundary', async () => {
    function Broken(): never {
      throw new RangeError('a bug, not a download');
    }
    const LazyBroken = retryableLazy(() => Promise.resolve(Broken));
    const caught = vi.fn();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const screen = await render(
      <HostBoundary onCaught={caught}>
        <ViewerFrame showsReport>
          <Suspense fallback={null}>
            <LazyBroken />
          </Suspense>
        </ViewerFrame>
      </HostBoundary>,
    );
    await expect.element(screen.getByText('host fallback')).toBeVisible();
    consoleError.mockRestore();
    expect(caught.mock.calls[0]![0]).toBeInstanceOf(RangeError);
  });
});
