import { expect } from 'vitest';

/**
 * Resolves once every report under `root` shows all its sections. The report body renders in
 * steps (the first screen, then the rest once that is painted): a test that looks below the
 * conclusions, or for something absent there, waits for this first, or it would look too early.
 */
export async function reportSettled(root: ParentNode, timeout = 10_000): Promise<void> {
  await expect
    .poll(
      () =>
        root.querySelector('article.lrv-report') !== null &&
        root.querySelector('article.lrv-report[aria-busy]') === null,
      { timeout },
    )
    .toBe(true);
}
