import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `legit-report-viewer/element` (runs after the library build, into the same dist/): one ES
// module a page loads with a plain <script type="module">, bringing its own React, React DOM
// and TanStack Query; the report body, parser, labels and the chart (with recharts) stay
// lazy chunks in dist/element/. Minified: browsers load it as it is, with no bundler between.
// Its types (dist/element.d.ts) come from scripts/build-element-types.mjs.
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
    lib: {
      entry: { element: 'src/element/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      // Lets the code the entry shares with lazy chunks live in element.js (one eager file),
      // at the price of a few extra internal exports on it.
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: 'element/[name]-[hash].js',
        // Lib mode keeps whitespace for downstream tree-shaking; nothing shakes this file again.
        minify: true,
      },
    },
  },
});
