// Bundle figures as a consumer's bundler would ship them: every file of dist/ minified with
// esbuild, then gzip -9. Peers (react, recharts, TanStack Query) are never counted in our own
// figures; the recharts subset our chart imports is measured separately, as what a host page
// without recharts would add.
//
//   node scripts/size-report.mjs        prints the table; exits 1 when a budget is exceeded
//   import { measureBundle } from ...   returns the figures (used by scripts/bench.mjs)
// The stylesheet is measured as published (it ships minified), not minified again.
import { Buffer } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';
import { closure, elementRows, measureElement } from './element-size.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Budgets in gzipped bytes (1 kB = 1000 bytes, as bundlers and size-limit print them). */
// Eager JS: only what runs before a report id arrives (the parser, key minting, the report body,
// its labels, chart and error reading load on demand). CSS: the published file as it is, minified.
export const BUDGETS = { browserEagerJs: 10_000, css: 3_000, elementEagerJs: 100_000 };

/** The subset of recharts that src/viewer/sections/ConclusionsChart.tsx imports. */
export const RECHARTS_IMPORTS = ['BarChart', 'Bar', 'Cell', 'LabelList', 'ResponsiveContainer', 'XAxis', 'YAxis'];
/** The subset src/viewer/progress/ProgressChart.tsx imports (besides those above). */
export const RECHARTS_PROGRESS_IMPORTS = ['LineChart', 'Line', 'ReferenceArea'];

// `import … from './x.js'`, `export … from './x.js'` and bare `import './x.js'`, but not `import('./x.js')`.
const STATIC_IMPORT = /(?:^|[;\n])\s*(?:import|export)\s*(?:[^'"();]*?\sfrom\s*)?["'](\.\/[^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.\/[^"']+\.js)["']\s*\)/g;

const gzipSize = (text) => gzipSync(Buffer.from(text), { level: 9 }).byteLength;

/** A file as published (the stylesheet ships minified): its own bytes, gzip -9. */
function shippedFile(path) {
  const source = readFileSync(path);
  return { raw: source.byteLength, min: source.byteLength, gz: gzipSync(source, { level: 9 }).byteLength };
}

async function minifiedFile(path, loader) {
  const source = readFileSync(path, 'utf8');
  const { code } = await transform(source, { loader, minify: true, legalComments: 'none', target: 'es2022' });
  return { raw: Buffer.byteLength(source), min: Buffer.byteLength(code), gz: gzipSize(code) };
}

function relativeImports(path, pattern) {
  const source = readFileSync(path, 'utf8');
  return [...source.matchAll(pattern)].map((m) => m[1]);
}

/** The entry and every chunk reachable from it through static imports (unminified output), in discovery order. */
const staticClosure = (distDir, entry) => closure(distDir, entry, STATIC_IMPORT);

/** Chunks reached only through `import()`, at any depth (a lazy chunk may load another), with their static closures. */
function lazyChunks(distDir, eagerFiles) {
  const eager = new Set(eagerFiles);
  const lazy = new Set();
  const scanned = new Set();
  const queue = [...eagerFiles];
  while (queue.length > 0) {
    const file = queue.shift();
    if (scanned.has(file)) continue;
    scanned.add(file);
    for (const spec of relativeImports(join(distDir, file), DYNAMIC_IMPORT)) {
      for (const chunk of staticClosure(distDir, spec.slice(2))) {
        if (eager.has(chunk)) continue;
        lazy.add(chunk);
        queue.push(chunk);
      }
    }
  }
  return [...lazy];
}

async function sumFiles(distDir, files) {
  const parts = [];
  for (const file of files) parts.push({ file, ...(await minifiedFile(join(distDir, file), 'js')) });
  const total = (key) => parts.reduce((sum, p) => sum + p[key], 0);
  return { files: parts, raw: total('raw'), min: total('min'), gz: total('gz') };
}

/** What the chart's recharts imports cost a page that has none yet: bundled, react external, minified, gzipped. */
async function measureRecharts(imports = RECHARTS_IMPORTS) {
  const result = await build({
    stdin: { contents: `export { ${imports.join(', ')} } from 'recharts';`, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    external: ['react', 'react/*', 'react-dom', 'react-dom/*'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { min: Buffer.byteLength(code), gz: gzipSize(code) };
}

/**
 * Measures dist/ (run `npm run build` first). Sizes in bytes; `gz` is minified then gzip -9.
 * @param {{ distDir?: string, recharts?: boolean }} [options]
 */
export async function measureBundle(options = {}) {
  const distDir = options.distDir ?? join(ROOT, 'dist');
  for (const file of ['index.js', 'proxy.js', 'styles.css']) {
    if (!existsSync(join(distDir, file))) throw new Error(`dist/${file} is missing: run \`npm run build\` first`);
  }
  const eagerFiles = staticClosure(distDir, 'index.js');
  const browserEager = await sumFiles(distDir, eagerFiles);
  const lazy = [];
  for (const file of lazyChunks(distDir, eagerFiles))
    lazy.push({ file, ...(await minifiedFile(join(distDir, file), 'js')) });
  const css = shippedFile(join(distDir, 'styles.css'));
  const proxy = await sumFiles(distDir, staticClosure(distDir, 'proxy.js'));
  const recharts = options.recharts === false ? null : await measureRecharts();
  const rechartsWithProgress =
    options.recharts === false ? null : await measureRecharts([...RECHARTS_IMPORTS, ...RECHARTS_PROGRESS_IMPORTS]);
  const element = await measureElement(distDir, minifiedFile);
  return { browserEager, lazy, css, proxy, recharts, rechartsWithProgress, element, budgets: BUDGETS };
}

/** Budget verdicts for the figures; `ok` is false when any is exceeded. */
export function checkBudgets(figures) {
  const checks = [
    { name: 'own browser JS (eager), min+gz', actual: figures.browserEager.gz, limit: BUDGETS.browserEagerJs },
    { name: 'CSS as published, gz', actual: figures.css.gz, limit: BUDGETS.css },
    ...(figures.element
      ? [
          {
            name: 'element (eager, with React), min+gz',
            actual: figures.element.eager.gz,
            limit: BUDGETS.elementEagerJs,
          },
        ]
      : []),
  ].map((c) => ({ ...c, ok: c.actual <= c.limit }));
  return { ok: checks.every((c) => c.ok), checks };
}

export const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/** Rows for a table: what, files, minified, min+gz, budget. */
export function bundleRows(figures) {
  const rows = [
    {
      what: 'browser entry, own JS, eager (peers excluded)',
      files: figures.browserEager.files.map((f) => f.file).join(' + '),
      min: kB(figures.browserEager.min),
      gz: kB(figures.browserEager.gz),
      budget: `≤ ${kB(BUDGETS.browserEagerJs)}`,
    },
  ];
  for (const chunk of figures.lazy) {
    rows.push({
      what: 'lazy chunk (dynamic import)',
      files: chunk.file,
      min: kB(chunk.min),
      gz: kB(chunk.gz),
      budget: '',
    });
  }
  rows.push({
    what: 'CSS (published minified)',
    files: 'styles.css',
    min: kB(figures.css.min),
    gz: kB(figures.css.gz),
    budget: `≤ ${kB(BUDGETS.css)}`,
  });
  rows.push({
    what: 'proxy entry (hono external)',
    files: figures.proxy.files.map((f) => f.file).join(' + '),
    min: kB(figures.proxy.min),
    gz: kB(figures.proxy.gz),
    budget: '',
  });
  if (figures.recharts) {
    rows.push({
      what: 'recharts subset for the chart (peer; react external)',
      files: RECHARTS_IMPORTS.join(', '),
      min: kB(figures.recharts.min),
      gz: kB(figures.recharts.gz),
      budget: '',
    });
  }
  if (figures.rechartsWithProgress) {
    rows.push({
      what: 'recharts subset with the Progress chart (a report with history)',
      files: `+ ${RECHARTS_PROGRESS_IMPORTS.join(', ')}`,
      min: kB(figures.rechartsWithProgress.min),
      gz: kB(figures.rechartsWithProgress.gz),
      budget: '',
    });
  }
  rows.push(...elementRows(figures.element, kB, BUDGETS.elementEagerJs));
  return rows;
}

export function printBundleTable(figures) {
  const rows = bundleRows(figures);
  const header = {
    what: 'bundle (esbuild minify, gzip -9)',
    files: 'files',
    min: 'minified',
    gz: 'min+gzip',
    budget: 'budget',
  };
  const all = [header, ...rows];
  const width = (key) => Math.max(...all.map((r) => r[key].length));
  const line = (r) =>
    `${r.what.padEnd(width('what'))}  ${r.min.padStart(width('min'))}  ${r.gz.padStart(width('gz'))}  ${r.budget.padEnd(width('budget'))}  ${r.files}`;
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

const invokedDirectly =
  process.argv[1] !== undefined && pathToFileURL(resolve(process.argv[1])).href === import.meta.url;
if (invokedDirectly) {
  const figures = await measureBundle();
  printBundleTable(figures);
  const verdict = checkBudgets(figures);
  for (const c of verdict.checks) {
    console.log(`${c.ok ? '✓' : '✗'} ${c.name}: ${kB(c.actual)} (budget ${kB(c.limit)})`);
  }
  if (!verdict.ok) {
    const over = verdict.checks
      .filter((c) => !c.ok)
      .map((c) => `${c.name} is ${kB(c.actual)}, over its ${kB(c.limit)} budget by ${kB(c.actual - c.limit)}`);
    console.error(`Size budget exceeded: ${over.join('; ')}.`);
    process.exit(1);
  }
}
