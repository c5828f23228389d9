import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './test/support/chromium.mjs';

// Pure units in jsdom/node, the proxy against real loopback HTTP servers, components in real
// Chromium, the demo's own servers and cases, end-to-end through the demo, and a smoke run of
// the proxy benchmark after all of them. `npm run test:<project>` runs one; `npm test` all.
export default defineConfig({
  plugins: [react()],
  test: {
    // A test that reaches its end without one assertion fails: it proved nothing.
    expect: { requireAssertions: true },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'jsdom' },
      },
      {
        extends: true,
        test: { name: 'proxy', include: ['test/proxy/**/*.test.ts'], environment: 'node' },
      },
      {
        // The same suite through createNodeLegitProxy (`legit-report-viewer/proxy/node`, and the
        // `legit-report-proxy` command): its `node:http` listener and its upstream transport.
        extends: true,
        test: {
          name: 'proxy-node',
          include: ['test/proxy/**/*.test.ts', 'test/proxy-node/**/*.test.ts'],
          environment: 'node',
          env: { LRV_PROXY_TRANSPORT: 'node' },
        },
      },
      {
        extends: true,
        optimizeDeps: {
          include: [
            'react',
            'react-dom',
            'react-dom/client',
            'react/jsx-runtime',
            'react/jsx-dev-runtime',
            'recharts',
            '@tanstack/react-query',
            'axe-core',
            'vitest-browser-react',
          ],
        },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          globalSetup: ['test/browser/global-setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            // A page large enough that the test iframe is never scaled down (screenshots stay 1:1).
            provider: playwright({
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
              contextOptions: { viewport: { width: 1400, height: 2800 } },
            }),
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1024, height: 768 },
          },
        },
      },
      {
        extends: true,
        test: { name: 'demo', include: ['test/demo/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'bench',
          include: ['test/bench/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          // A group of its own, after the parallel projects: its load runs with no other test.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
