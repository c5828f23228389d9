import { defineConfig } from 'vite';
import dts from 'vite-plugin-dts';

// The server entries (runs after the browser build, into the same dist/): the proxy
// (`legit-report-viewer/proxy`), its Node server (`legit-report-viewer/proxy/node`), its Redis store
// (`legit-report-viewer/proxy/redis`) and its Node runner (the `legit-report-proxy` command). A build of
// their own, so they can never load browser code; server runtimes stay external.
export default defineConfig({
  plugins: [
    dts({
      tsconfigPath: './tsconfig.build.json',
      entryRoot: 'src',
      bundleTypes: true,
      include: ['src/proxy/**', 'src/contract/**'],
    }),
  ],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        proxy: 'src/proxy/index.ts',
        'proxy-node': 'src/proxy/node.ts',
        'proxy-redis': 'src/proxy/redis.ts',
        'proxy-cli': 'src/proxy/cli.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^hono($|\/)/, /^@hono\/node-server($|\/)/, /^redis($|\/)/, /^node:/],
      output: {
        banner: (chunk) => (chunk.name === 'proxy-cli' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
