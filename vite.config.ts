import { fileURLToPath } from 'node:url';
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
  /^node:/,
];

const BROWSER_ENTRY = fileURLToPath(new URL('src/index.ts', import.meta.url));
const PARSER = fileURLToPath(new URL('src/report/parse.ts', import.meta.url));

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null;
}

/** Every module reached from `roots` along `edges`, leaving out `skip`. */
function reach(graph: ModuleGraph, roots: string[], edges: 'static' | 'all', skip = new Set<string>()): Set<string> {
  const seen = new Set<string>();
  for (let id = roots.pop(); id !== undefined; id = roots.pop()) {
    const info = seen.has(id) || skip.has(id) ? null : graph.getModuleInfo(id);
    if (info === null) continue;
    seen.add(id);
    roots.push(...info.importedIds, ...(edges === 'all' ? info.dynamicallyImportedIds : []));
  }
  return seen;
}

const sharedCache = new WeakMap<ModuleGraph, Set<string>>();
/** Modules the page loads (static imports from the entry) that a lazily loaded module also imports. */
function sharedWithLazyChunks(graph: ModuleGraph): Set<string> {
  let shared = sharedCache.get(graph);
  if (shared === undefined) {
    const eager = reach(graph, [BROWSER_ENTRY], 'static');
    const lazy = reach(
      graph,
      [...eager].flatMap((id) => graph.getModuleInfo(id)?.dynamicallyImportedIds ?? []),
      'all',
      eager,
    );
    shared = new Set(
      [...lazy].flatMap((id) => graph.getModuleInfo(id)?.importedIds ?? []).filter((id) => eager.has(id)),
    );
    sharedCache.set(graph, shared);
  }
  return shared;
}

export default defineConfig({
  plugins: [
    react(),
    dts({
      tsconfigPath: './tsconfig.build.json',
      entryRoot: 'src',
      bundleTypes: true,
      exclude: ['src/demo/**', 'test/**'],
    }),
  ],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: {
      entry: { index: 'src/index.ts', proxy: 'src/proxy/index.ts', 'proxy-cli': 'src/proxy/cli.ts' },
      formats: ['es'],
      cssFileName: 'styles',
    },
    rolldownOptions: {
      external,
      output: {
        // Chunks follow the module graph, not file names, so moving a file cannot move code.
        codeSplitting: {
          groups: [
            // The parser module and what it imports, in its own chunk, so that a portal's bundler
            // can load it when a report arrives (the viewer imports it on demand);
            // `parseDiagnosticReport` stays a static export for those who call it directly.
            { name: 'parser', test: (id) => id === PARSER },
            // What the page and a lazily loaded chunk both import (the viewer's context, the
            // English shell labels), in one chunk rather than several small ones.
            {
              name: (id, ctx) => (sharedWithLazyChunks(ctx).has(id) ? 'shared' : null),
              debugName: 'shared',
            },
          ],
        },
        // Directives do not survive bundling; Next.js needs this one on the browser entry.
        banner: (chunk) =>
          chunk.name === 'index' ? "'use client';" : chunk.name === 'proxy-cli' ? '#!/usr/bin/env node' : '',
      },
    },
  },
});
