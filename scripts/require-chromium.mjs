// Fails early, with a fix, when there is no Chromium for the browser tests.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
  console.log(`Chromium: ${path}`);
} catch {
  console.error(
    `No Chromium at ${path}. The browser tests run in a real Chromium and never download one.\n` +
      `Install Debian's: sudo apt-get install -y chromium\n` +
      `or point CHROMIUM_PATH at an existing Chromium or Chrome binary.`,
  );
  process.exit(1);
}
