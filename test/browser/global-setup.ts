import type { TestProject } from 'vitest/node';
import { startCrossOriginServer } from '../support/cross-origin-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of a simulated Legit.Health iframe server, distinct from the test page's. */
    crossOriginUrl: string;
    /** Origin of a second such server: a third origin that must never be trusted. */
    thirdOriginUrl: string;
  }
}

// Servers the browser tests need on loopback are started here (see test/support/).
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const teardowns: Array<() => Promise<void>> = [];
  const [legit, third] = await Promise.all([startCrossOriginServer(), startCrossOriginServer()]);
  teardowns.push(legit.close, third.close);
  project.provide('crossOriginUrl', legit.origin);
  project.provide('thirdOriginUrl', third.origin);
  return async () => {
    await Promise.all(teardowns.map((t) => t()));
  };
}
