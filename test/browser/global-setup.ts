import type { TestProject } from 'vitest/node';
import { startCrossOriginServer } from '../support/cross-origin-server';
import { startKeyLab } from '../support/key-lab';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of a simulated Legit.Health iframe server, distinct from the test page's. */
    crossOriginUrl: string;
    /** Origin of a second such server: a third origin that must never be trusted. */
    thirdOriginUrl: string;
    /** Control URL of the key lab: a real proxy minting iframe keys from a loopback upstream, per test. */
    keyLabUrl: string;
  }
}

// Servers the browser tests need on loopback are started here (see test/support/).
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const teardowns: Array<() => Promise<void>> = [];
  const [legit, third, keyLab] = await Promise.all([startCrossOriginServer(), startCrossOriginServer(), startKeyLab()]);
  teardowns.push(legit.close, third.close, keyLab.close);
  project.provide('keyLabUrl', keyLab.url);
  project.provide('crossOriginUrl', legit.origin);
  project.provide('thirdOriginUrl', third.origin);
  return async () => {
    await Promise.all(teardowns.map((t) => t()));
  };
}
