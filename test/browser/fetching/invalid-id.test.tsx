// A controlled id is checked with the contract's rule before it becomes a URL (the security review's
// finding 8): `..` would be a dot segment, and the widget would request `${proxyUrl}/?format=raw` and link
// the PDF button there. In real Chromium, with the default transport and the page's own fetch.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render, renderHook } from 'vitest-browser-react';
import { LegitReportViewer, useLegitReport, type FetchReport, type LegitReportError } from '../../../src/index';
import '../../../src/viewer/styles.css';
import { axeViolations } from '../../support/axe';
import { testQueryClient } from './support';

const INVALID_IDS = ['..', '.', 'short', '../../admin', 'abcdefgh?format=pdf', 'abcdefgh#x', 'abc defgh'];

describe('an invalid controlled id', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test.each(INVALID_IDS)('%j: INVALID_ID, no request, no PDF link', async (id) => {
    const pageFetch = vi.spyOn(window, 'fetch');
    const fetchReport = vi.fn<FetchReport>();
    const onError = vi.fn<(error: LegitReportError) => void>();
    for (const transport of [{ proxyUrl: '/api/legit' }, { proxyUrl: '/api/legit', fetchReport }]) {
      const hook = await renderHook(() =>
        useLegitReport({ reportId: id, ...transport, queryClient: testQueryClient(), onError }),
      );
      await expect.poll(() => onError.mock.calls.length).toBeGreaterThan(0);
      expect(hook.result.current).toMatchObject({ status: 'error', report: undefined, pdfUrl: undefined });
      expect(hook.result.current.error?.code).toBe('INVALID_ID');
      expect(hook.result.current.isFetching).toBe(false);
      hook.result.current.retry();
      expect(hook.result.current.isFetching).toBe(false);
      await hook.unmount();
      onError.mockClear();
    }
    expect(pageFetch).not.toHaveBeenCalled();
    expect(fetchReport).not.toHaveBeenCalled();
  });

  test('an empty id stays idle (no report asked for), as before', async () => {
    const hook = await renderHook(() =>
      useLegitReport({ reportId: '', proxyUrl: '/api/legit', queryClient: testQueryClient() }),
    );
    expect(hook.result.current).toMatchObject({ status: 'idle', error: undefined, pdfUrl: undefined });
  });

  test('the viewer says so in words, offers no retry and no download, and fetches nothing', async () => {
    const pageFetch = vi.spyOn(window, 'fetch');
    const onError = vi.fn<(error: LegitReportError) => void>();
    const screen = await render(<LegitReportViewer proxyUrl="/api/legit" reportId=".." onError={onError} />);
    const alert = screen.getByRole('alert');
    await expect.element(alert).toHaveTextContent('This report cannot be opened: its id is not valid.');
    expect(screen.container.querySelector('button')).toBeNull();
    expect(screen.container.querySelector('a[href]')).toBeNull();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0].code).toBe('INVALID_ID');
    expect(pageFetch).not.toHaveBeenCalled();
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  test('in Spanish too', async () => {
    const screen = await render(<LegitReportViewer proxyUrl="/api/legit" reportId=".." locale="es" />);
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('No se puede abrir este informe: su identificador no es válido.');
  });
});
