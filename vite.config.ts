import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import dts from 'vite-plugin-dts';

// Library build of the browser side: the browser entry (components, hooks, types) and the parser
// (which the browser entry loads on demand, and hosts may import, on servers too). The server
// entries have a build of their own (vite.server.config.ts), so nothing here is shared with them:
// the contract's few modules are in both, and the page loads one file fewer. Peers stay external.
const external = [/^react($|\/)/, /^react-dom($|\/)/, /^recharts($|\/)/, /^@tanstack\/react-query($|\/)/];

const ENTRIES = { index: 'src/index.ts', parser: 'src/report/index.ts' };
const file = (path: string) => fileURLToPath(new URL(path, import.meta.url));

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** Every module reached from `roots` through static imports. */
function reach(graph: ModuleGraph, roots: string[]): Set<string> {
  const seen = new Set<string>();
  for (let id = roots.pop(); id !== undefined; id = roots.pop()) {
    const info = seen.has(id) ? null : graph.getModuleInfo(id);
    if (info === null) continue;
    seen.add(id);
    roots.push(...info.importedIds);
  }
  return seen;
}

const plans = new WeakMap<ModuleGraph, Map<string, 'page' | 'page-and-parser'>>();
/**
 * Which chunk a module the browser entry loads with the page goes to: `page`, one chunk that
 * the entry re-exports and the lazy chunks import from (one file compresses better than
 * several), or `page-and-parser` for what the parser uses too, so the parser (which runs on
 * servers) never loads browser code. Lazy modules (reached only through `import()`) keep their
 * own chunks.
 */
function chunkOf(id: string, graph: ModuleGraph): string | null {
  let plan = plans.get(graph);
  if (plan === undefined) {
    const parser = reach(graph, [file(ENTRIES.parser)]);
    plan = new Map();
    for (const module of reach(graph, [file(ENTRIES.index)])) {
      if (module !== file(ENTRIES.index)) plan.set(module, parser.has(module) ? 'page-and-parser' : 'page');
    }
    plans.set(graph, plan);
  }
  return plan.get(id) ?? null;
}

// Vite ends a library's stylesheet with a marker comment of its own (/*$vite$:1*/); it means nothing to a host.
const dropViteCssMarker: Plugin = {
  name: 'drop-vite-css-marker',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type === 'asset' && file.fileName.endsWith('.css') && typeof file.source === 'string')
        file.source = file.source.replace(/\s*\/\*\$vite\$:\d+\*\/\s*$/, '\n');
    }
  },
};

export default defineConfig({
  plugins: [
    react(),
    dropViteCssMarker,
    dts({
      tsconfigPath: './tsconfig.build.json',
      entryRoot: 'src',
      bundleTypes: true,
      // The element and the proxy have their own types entries (vite.element.config.ts, vite.server.config.ts).
      exclude: ['demo/**', 'fixtures/**', 'test/**', 'src/element/**', 'src/proxy/**'],
    }),
  ],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // JS stays readable (a consumer's bundler minifies it, and whitespace minification would drop
    // the pure annotations tree-shaking needs); the stylesheet ships minified, as it is served.
    minify: false,
    cssMinify: true,
    // As in the element's build: older targets would rewrite light-dark() into helper variables.
    cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
    lib: {
      entry: ENTRIES,
      formats: ['es'],
      cssFileName: 'styles',
    },
    rolldownOptions: {
      external,
      output: {
        // Chunks follow the module graph, not file names, so moving a file cannot move code.
        codeSplitting: {
          groups: [
            {
              name: (id, ctx) => (chunkOf(id, ctx) === 'page-and-parser' ? 'shared' : null),
              debugName: 'shared',
              priority: 2,
            },
            { name: (id, ctx) => (chunkOf(id, ctx) === 'page' ? 'page' : null), debugName: 'page', priority: 1 },
          ],
        },
        // Directives do not survive bundling; Next.js needs this one on the browser entry.
        banner: (chunk) => (chunk.name === 'index' ? "'use client';" : ''),
      },
    },
  },
});
