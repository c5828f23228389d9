// Signed image URLs expire: when an <img> fails, the report is refetched once to renew
// them, and never in a loop. Real <img> elements fail to decode in Chromium here.
// See support.tsx for why the transport is in-page.
import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { useLegitReport, type FetchReport } from '../../../src/index';
import { parseFakeReport, testQueryClient } from './support';

/** A data: URL that Chromium cannot decode, unique per fetch like a freshly signed URL. */
const brokenImage = (n: number, i: number) => `data:image/png;base64,${btoa(`not-a-png-${n}-${i}`)}`;

function Gallery(props: { fetchReport: FetchReport; onImageError: () => void; queryClient: QueryClient }) {
  const { report, renewImageUrls, isFetching } = useLegitReport({
    reportId: 'report-r',
    fetchReport: props.fetchReport,
    parseReport: parseFakeReport,
    queryClient: props.queryClient,
  });
  return (
    <div data-fetching={String(isFetching)}>
      {report?.observations.map((o, i) =>
        o.url === null ? null : (
          <img
            key={o.url}
            src={o.url}
            alt={`Image ${i + 1}`}
            onError={() => {
              props.onImageError();
              renewImageUrls();
            }}
          />
        ),
      )}
    </div>
  );
}

/** Waits two frames, long enough for a refetch started by an image error to have called the transport. */
const settle = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** The image fails once more (as a renewed link that expired again would); resolves once the gallery heard it. */
async function failAgain(image: Element, errorsSoFar: () => number): Promise<void> {
  const before = errorsSoFar();
  image.dispatchEvent(new Event('error'));
  await expect.poll(errorsSoFar).toBe(before + 1);
}

describe('renewImageUrls', () => {
  test('three images failing together cause exactly one refetch, and the renewed ones failing again cause none', async () => {
    let fetches = 0;
    let imageErrors = 0;
    const fetchReport: FetchReport = async () => {
      fetches += 1;
      const n = fetches;
      return { id: 'report-r', images: [0, 1, 2].map((i) => brokenImage(n, i)) };
    };
    const screen = await render(
      <Gallery fetchReport={fetchReport} onImageError={() => (imageErrors += 1)} queryClient={testQueryClient()} />,
    );

    // First report's three images fail → one renewal → second report's three images fail.
    await expect.poll(() => imageErrors, { timeout: 3000 }).toBe(6);
    await expect.element(screen.getByRole('img', { name: 'Image 1' })).toHaveAttribute('src', brokenImage(2, 0));
    await settle();
    await expect.element(screen.container.firstElementChild as HTMLElement).toHaveAttribute('data-fetching', 'false');
    expect(fetches).toBe(2);
    // A later failure, after the renewal, still asks nothing: and a late third refetch would have shown by now.
    await failAgain(screen.getByRole('img', { name: 'Image 1' }).element(), () => imageErrors);
    await settle();
    expect(fetches).toBe(2);
  });

  test('a renewal that returns the same URLs does not refetch again', async () => {
    let fetches = 0;
    let imageErrors = 0;
    const fetchReport: FetchReport = async () => {
      fetches += 1;
      return { id: 'report-r', images: [brokenImage(0, 0)] };
    };
    const screen = await render(
      <Gallery fetchReport={fetchReport} onImageError={() => (imageErrors += 1)} queryClient={testQueryClient()} />,
    );
    await expect.poll(() => fetches, { timeout: 3000 }).toBe(2);
    await settle();
    await settle();
    expect(fetches).toBe(2);
    // Same src, so the <img> was kept and did not fail a second time.
    expect(imageErrors).toBe(1);
    // Failing again on purpose still asks nothing more.
    await failAgain(screen.getByRole('img', { name: 'Image 1' }).element(), () => imageErrors);
    await settle();
    expect(fetches).toBe(2);
  });
});
