// `npm run bench`: one table of figures, printed, never asserted.
//   bundle             dist/ minified + gzip -9 (scripts/size-report.mjs); builds dist/ if missing or with --build
//   parse              reports/s per fixture and for the large synthetic report (bench/parse.bench.ts)
//   proxy              the stand-alone proxy's CPU per request and latency versus the upstream direct and a minimal
//                      node:http proxy (the floor), saturated and with one client, and with the rate limiter on
//                      in memory and in Redis (bench/proxy.bench.ts)
//   message → screen   Chromium, cross-origin post → conclusions visible, with the same-page floor
//   render             Chromium, the large synthetic report from the model: first screen painted, chart, settled, layout shift
// The TypeScript benches load through tsx's loader, in this process, one after the other.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { register } from 'tsx/esm/api';
import { BUDGETS, kB, measureBundle } from './size-report.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

register();
const [
  { runParseBench },
  { runProxyBench },
  { runMessageToScreenBench },
  { runRenderBench },
  { startBenchSite },
  { chromiumArgs, chromiumPath },
] = await Promise.all([
  import('../bench/parse.bench.ts'),
  import('../bench/proxy.bench.ts'),
  import('../bench/message-to-screen.bench.ts'),
  import('../bench/render.bench.ts'),
  import('../bench/pages/site.ts'),
  import('../test/support/chromium.mjs'),
]);

const progress = (text) => process.stderr.write(`… ${text}\n`);

if (process.argv.includes('--build') || !existsSync(join(ROOT, 'dist', 'index.js'))) {
  progress('npm run build');
  const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

progress('bundle sizes');
const bundle = await measureBundle();
progress('parse throughput');
const parse = await runParseBench();
progress('proxy throughput and latency');
// Saturated (16 clients) for throughput; one client for the latency a single request pays.
const proxy = await runProxyBench();
const proxyAlone = await runProxyBench({ concurrency: 1, durationMs: 2_000, limiters: false });
progress('building the bench pages and starting the mock upstream + proxy');
const site = await startBenchSite();
let messageToScreen;
let render;
try {
  progress('message → screen in Chromium');
  messageToScreen = await runMessageToScreenBench({ site });
  progress('render in Chromium');
  render = await runRenderBench({ site });
} finally {
  await site.close();
}
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const browserVersion = browser.version();
await browser.close();

// ---- one table ----------------------------------------------------------------------------
const ms = (v) => `${v.toFixed(1)} ms`;
const spread = (s) => `p10 ${ms(s.p10)} · p90 ${ms(s.p90)} · n=${s.runs}`;
const int = (v) => Math.round(v).toLocaleString('en-US');
const budgetNote = (actual, limit) => `budget ${kB(limit)} ${actual <= limit ? '✓' : '✗ over'}`;

const rows = [];
const row = (area, what, figure, detail = '') => rows.push({ area, what, figure, detail });

row(
  'bundle',
  `browser entry, own JS, eager (${bundle.browserEager.files.length} files)`,
  `${kB(bundle.browserEager.gz)} gz`,
  `${kB(bundle.browserEager.min)} min · ${budgetNote(bundle.browserEager.gz, BUDGETS.browserEagerJs)}`,
);
for (const chunk of bundle.lazy)
  row('bundle', `lazy chunk ${chunk.file.replace(/-[\w-]{8}\.js$/, '')}`, `${kB(chunk.gz)} gz`, `${kB(chunk.min)} min`);
row(
  'bundle',
  `lazy chunks, all (${bundle.lazy.length} files)`,
  `${kB(bundle.lazy.reduce((sum, c) => sum + c.gz, 0))} gz`,
  'what a page loads on demand, at most (a report in one language, the key code, the parser)',
);
row(
  'bundle',
  'CSS (styles.css)',
  `${kB(bundle.css.gz)} gz`,
  `${kB(bundle.css.min)} min · ${budgetNote(bundle.css.gz, BUDGETS.css)}`,
);
row(
  'bundle',
  `proxy entry (${bundle.proxy.files.length} files, hono external)`,
  `${kB(bundle.proxy.gz)} gz`,
  `${kB(bundle.proxy.min)} min`,
);
if (bundle.recharts)
  row(
    'bundle',
    'recharts subset our chart imports (peer)',
    `${kB(bundle.recharts.gz)} gz`,
    `${kB(bundle.recharts.min)} min · react external`,
  );

const m = messageToScreen;
row(
  'message → screen',
  `message → conclusions visible (${m.caseLabel})`,
  `${ms(m.toScreen.median)} median`,
  spread(m.toScreen),
);
row(
  'message → screen',
  '  of which the report request (resource timing)',
  `${ms(m.fetch.median)} median`,
  spread(m.fetch),
);
row(
  'message → screen',
  'floor: bare fetch + JSON.parse, same URL, same page',
  `${ms(m.floor.median)} median`,
  spread(m.floor),
);
row(
  'message → screen',
  'widget − floor (medians): what the widget adds',
  `${ms(m.toScreen.median - m.floor.median)}`,
  'a frame is 16.7 ms',
);
row(
  'message → screen',
  'ratio: widget / floor (medians)',
  `${m.ratio.toFixed(2)}×`,
  `${m.upstreamReportRequests} upstream report requests (${m.runs} widget + ${m.runs} floor)`,
);

const r = render;
const content = `${r.counts.conclusions} conclusions, ${r.counts.scoringSystems} scoring systems, ${r.counts.images} images`;
row('render', `large report → first commit (${content})`, `${ms(r.commit.median)} median`, spread(r.commit));
row(
  'render',
  'large report → first screen painted (header, findings, conclusions)',
  `${ms(r.frame.median)} median`,
  spread(r.frame),
);
if (r.chart.runs > 0)
  row('render', 'large report → lazy chart SVG in DOM', `${ms(r.chart.median)} median`, spread(r.chart));
row(
  'render',
  'large report → settled (every section, then a frame)',
  `${ms(r.settled.median)} median`,
  spread(r.settled),
);
row(
  'render',
  'large report → cumulative layout shift per run',
  r.cls.max.toFixed(4),
  `median ${r.cls.median.toFixed(4)} · PerformanceObserver layout-shift, render to a frame after settling`,
);

for (const p of parse)
  row('parse', p.name, `${int(p.opsPerSec)} reports/s`, `${(1000 / p.opsPerSec).toFixed(3)} ms/report · median of 5`);

const rps = (f) => `${int(f.rps)} req/s`;
const lat = (f) => `p50 ${ms(f.p50Ms)} · p99 ${ms(f.p99Ms)} · ${int(f.requests)} requests, ${f.errors} errors`;
row('proxy', 'upstream direct', rps(proxy.direct), lat(proxy.direct));
row('proxy', 'through the stand-alone proxy', rps(proxy.proxied), lat(proxy.proxied));
row('proxy', 'through a minimal node:http proxy (the floor)', rps(proxy.minimal), lat(proxy.minimal));
row(
  'proxy',
  'server CPU per request the proxy adds',
  `${int(proxy.proxyCpuUsPerRequest)} µs`,
  `upstream alone ${int(proxy.direct.serverCpuUsPerRequest)} µs · as legit-report-proxy runs (Node transport, access log; rate limit off)`,
);
row(
  'proxy',
  'server CPU per request the minimal proxy adds',
  `${int(proxy.minimalCpuUsPerRequest)} µs`,
  'validate, keep-alive call with the token, parse, PDF link, serialise (bench/minimal-proxy.ts)',
);
row(
  'proxy',
  'CPU ratio: stand-alone proxy / minimal',
  `${proxy.cpuRatioToMinimal.toFixed(2)}×`,
  `${proxy.concurrency} keep-alive clients, ${proxy.durationMs / 1000} s per target, ${int(proxy.payloadBytes)}-byte report; the load client saturates first, so req/s are floors`,
);
const limiter = proxy.limiter;
if (limiter) {
  row('proxy', 'through the proxy, memory rate limiter', rps(limiter.memory), lat(limiter.memory));
  row(
    'proxy',
    '  server CPU per request the memory limiter adds',
    `${int(limiter.memoryCpuUsPerRequest)} µs`,
    'every request counted (a limit none reaches), one key',
  );
  if (limiter.redis) {
    const r = limiter.redis;
    row('proxy', 'through the proxy, Redis rate limiter', rps(r.figures), lat(r.figures));
    row(
      'proxy',
      '  server CPU per request the Redis limiter adds',
      `${int(r.proxyCpuUsPerRequest)} µs`,
      `proxy process; redis-server itself ${r.redisCpuUsPerRequest.toFixed(1)} µs per request (INFO cpu)`,
    );
    row(
      'proxy',
      '  Redis round trips per request',
      r.roundTripsPerRequest.toFixed(2),
      'EVALSHA calls (INFO commandstats)',
    );
  } else row('proxy', 'through the proxy, Redis rate limiter', 'not run', 'no redis-server on this machine');
}
row(
  'proxy',
  'added latency, 16 clients (queueing at saturation)',
  `${ms(proxy.addedP50Ms)} p50`,
  `minimal ${ms(proxy.minimalAddedP50Ms)} p50 · proxy mean ${ms(proxy.addedMeanMs)}`,
);
row(
  'proxy',
  'added latency, 1 client (one request alone)',
  `${ms(proxyAlone.addedP50Ms)} p50`,
  `direct p50 ${ms(proxyAlone.direct.p50Ms)} → proxy ${ms(proxyAlone.proxied.p50Ms)} · minimal ${ms(proxyAlone.minimal.p50Ms)}`,
);

const header = { area: 'area', what: 'measure', figure: 'figure', detail: 'detail' };
const all = [header, ...rows];
const width = (key) => Math.max(...all.map((x) => x[key].length));
const format = (x) =>
  `${x.area.padEnd(width('area'))}  ${x.what.padEnd(width('what'))}  ${x.figure.padStart(width('figure'))}  ${x.detail}`.trimEnd();
const cpu = cpus();
console.log(
  `legit-report-viewer bench · ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · Node ${process.version} · ` +
    `Chromium ${browserVersion} (headless) · ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}`,
);
console.log(format(header));
console.log('-'.repeat(Math.max(...all.map((x) => format(x).length))));
let previous = '';
for (const x of rows) {
  console.log(format({ ...x, area: x.area === previous ? '' : x.area }));
  previous = x.area;
}
console.log(
  'Sizes: esbuild minify + gzip -9 per file, 1 kB = 1000 B. Browser timings: production builds, performance.now() in the page, ' +
    'median with p10/p90. Nothing here is asserted.',
);
