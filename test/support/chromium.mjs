// One place for how tests and benchmarks launch the system Chromium (never a downloaded browser).
// Plain JavaScript so that Node scripts can import it as well as TypeScript (types: chromium.d.mts).
import process from 'node:process';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
