import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `legit-report-viewer/element` (runs after the library build, into the same dist/): one ES
// module a page loads with a plain <script type="module">, bringing its own React, React DOM
// and TanStack Query; the report body, parser, labels and the chart (with recharts) stay
// lazy chunks in dist/element/. Minified: browsers load it as it is, with no bundler between.
// Its types (dist/element.d.ts) come from scripts/build-element-types.mjs.
const RECHARTS_AND_DEPENDENCIES =
  /node_modules[\\/](recharts|victory-vendor|d3-[\w-]+|internmap|@reduxjs|redux|redux-thunk|reselect|immer|react-redux|es-toolkit|decimal\.js-light|eventemitter3|tiny-invariant|clsx|use-sync-external-store)[\\/]/;

export default defineConfig({
  plugins: [react()],
  publicDir: false,
  // Library mode leaves `process.env.NODE_ENV` for a bundler; here the browser is the consumer.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    // No source maps: nearly all of it is React's and recharts' code (maps would add ~3.5 MB to the package).
    sourcemap: false,
    minify: true,
    // The stylesheet relies on light-dark(); older targets would rewrite it into helper variables
    // that only work where color-scheme is declared (and break the :host theme defaults).
    cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
    lib: {
      entry: { element: 'src/element/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        chunkFileNames: 'element/[name]-[hash].js',
        // What element.js shares with the lazy chunks (React above all) is one chunk that they
        // all import by the same URL. Chunks never import element.js itself, so the page may
        // load it under any URL (a renamed copy, `?v=…` cache busting) without a second React.
        advancedChunks: {
          groups: [
            // recharts and what it brings, shared by the two chart chunks: lazy, never in core. React,
            // which recharts imports too, is claimed for core first (a group takes its modules' imports).
            { name: 'core', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            { name: 'charts', test: RECHARTS_AND_DEPENDENCIES, priority: 2 },
            { name: 'core', test: /rolldown[\\/]runtime/ },
            { name: 'core', minShareCount: 2 },
          ],
        },
        // Lib mode keeps whitespace for downstream tree-shaking; nothing shakes this file again.
        minify: true,
      },
    },
  },
});
