// Figures for `legit-report-viewer/element` (dist/element.js and dist/element/), for the size
// report: what a page pays that has no React (everything is in the element), eagerly and when
// a report arrives, and how much of it is React, React DOM and TanStack Query, which a page
// that already has React still loads again (the element cannot share the page's copy).
import { Buffer } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// Minified output: `from"./x.js"`, `import"./x.js"` and import(`./x.js`), any quote.
const STATIC = /\b(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

const importsOf = (distDir, file, pattern) =>
  [...readFileSync(join(distDir, file), 'utf8').matchAll(pattern)].map((m) => normalize(join(dirname(file), m[1])));

/** The entry and every chunk reachable from it through static imports (`pattern`), in discovery order, as paths under `distDir`. */
export function closure(distDir, entry, pattern = STATIC) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(distDir, file, pattern));
  }
  return [...seen];
}

/** What the element bundles of React, React DOM (client) and TanStack Query, minified and gzipped alone. */
async function measureReactRuntime() {
  const result = await build({
    stdin: {
      contents: `export * from 'react'; export { createRoot } from 'react-dom/client';
        export { QueryClient, QueryClientContext, QueryClientProvider, useQuery } from '@tanstack/react-query';`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { min: Buffer.byteLength(code), gz: gzipSync(Buffer.from(code), { level: 9 }).byteLength };
}

/**
 * Measures the element in `distDir` with the size report's own `minifiedFile`; null when it
 * was not built. `lazy` is one entry per dynamic import, with the chunks only it adds.
 */
export async function measureElement(distDir, minifiedFile) {
  if (!existsSync(join(distDir, 'element.js'))) return null;
  const sum = async (files) => {
    const parts = [];
    for (const file of files) parts.push({ file, ...(await minifiedFile(join(distDir, file), 'js')) });
    return { files: parts, min: parts.reduce((s, p) => s + p.min, 0), gz: parts.reduce((s, p) => s + p.gz, 0) };
  };
  const eagerFiles = closure(distDir, 'element.js');
  const eager = new Set(eagerFiles);
  const lazyEntries = new Set();
  for (const file of eagerFiles) for (const l of importsOf(distDir, file, DYNAMIC)) lazyEntries.add(l);
  const lazy = [];
  const counted = new Set(eager);
  for (let queue = [...lazyEntries]; queue.length > 0;) {
    const entry = queue.shift();
    const own = closure(distDir, entry).filter((f) => !counted.has(f));
    own.forEach((f) => counted.add(f));
    if (own.length > 0) lazy.push({ entry, ...(await sum(own)) });
    for (const file of own) for (const l of importsOf(distDir, file, DYNAMIC)) if (!counted.has(l)) queue.push(l);
  }
  const lazyTotal = { min: lazy.reduce((s, l) => s + l.min, 0), gz: lazy.reduce((s, l) => s + l.gz, 0) };
  return { eager: await sum(eagerFiles), lazy, lazyTotal, reactRuntime: await measureReactRuntime() };
}

/** Rows for the size report's table. */
export function elementRows(element, kB, budget) {
  if (!element) return [];
  const row = (what, files, figures) => ({ what, files, min: kB(figures.min), gz: kB(figures.gz), budget: '' });
  return [
    {
      ...row(
        'element, eager (its own React, React DOM, Query)',
        element.eager.files.map((f) => f.file).join(' + '),
        element.eager,
      ),
      budget: `≤ ${kB(budget)}`,
    },
    ...element.lazy.map((chunk) => row('element lazy chunk', chunk.files.map((f) => f.file).join(' + '), chunk)),
    row('element, all lazy chunks (both languages)', `${element.lazy.length} chunks`, element.lazyTotal),
    row('  of the eager part: React, React DOM, Query', 'loaded again on a page that has React', element.reactRuntime),
  ];
}
