import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import dts from 'vite-plugin-dts';

// Library build: the browser entry (components, hooks, parser, types), the server entry
// (the proxy) and the proxy's Node runner. Peers and server runtimes stay external.
const external = [
  /^react($|\/)/,
  /^react-dom($|\/)/,
  /^recharts($|\/)/,
  /^@tanstack\/react-query($|\/)/,
  /^hono($|\/)/,
  /^@hono\/node-server($|\/)/,
  /^redis($|\/)/,
  /^node:/,
];

export default defineConfig({
  plugins: [
    react(),
    dts({
      tsconfigPath: './tsconfig.build.json',
      entryRoot: 'src',
      bundleTypes: true,
      exclude: ['demo/**', 'fixtures/**', 'test/**'],
    }),
  ],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        proxy: 'src/proxy/index.ts',
        'proxy-redis': 'src/proxy/redis.ts',
        'proxy-cli': 'src/proxy/cli.ts',
      },
      formats: ['es'],
      cssFileName: 'styles',
    },
    rolldownOptions: {
      external,
      output: {
        // The parser is its own chunk so that a portal's bundler can load it when a report
        // arrives (the viewer imports it on demand); `parseDiagnosticReport` stays a
        // static export for those who call it directly.
        advancedChunks: {
          groups: [
            { name: 'parser', test: /src\/report\/(?!errors)/ },
            // What both the page and the lazy chunks use, in one file rather than several small ones.
            { name: 'shared', test: /src\/viewer\/(context|labels)\.ts|src\/fetching\/error-codes\.ts/ },
          ],
        },
        // Directives do not survive bundling; Next.js needs this one on the browser entry.
        banner: (chunk) =>
          chunk.name === 'index' ? "'use client';" : chunk.name === 'proxy-cli' ? '#!/usr/bin/env node' : '',
      },
    },
  },
});
