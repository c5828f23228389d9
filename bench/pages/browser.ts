// The system Chromium (never a downloaded one), kept off the internet: report image URLs that
// leave loopback get a 1×1 PNG, so no run waits on DNS or a network it does not have.
import { Buffer } from 'node:buffer';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../test/support/chromium.mjs';

const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/**
 * A page whose requests off loopback are answered locally (images with a pixel, the rest 404).
 * Interception slows every request a little, so only pages that need it (the render bench's
 * report points at remote images) use this.
 */
export async function openOfflinePage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route(
    (url) => url.hostname !== 'localhost' && url.hostname !== '127.0.0.1',
    (route) =>
      route.request().resourceType() === 'image'
        ? route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL_PNG })
        : route.fulfill({ status: 404, contentType: 'text/plain', body: 'offline' }),
  );
  return page;
}
