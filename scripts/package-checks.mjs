// `npm run test:package` (after `npm run build`): the package as a consumer receives it.
//   - 'use client' heads the browser entry; size budgets (scripts/size-report.mjs);
//   - publint --strict; attw (ESM-only profile, the CSS subpath has no types);
//   - the API reports (api/*.api.md) match the built declarations (scripts/api-report.mjs);
//   - npm publish --dry-run: npm corrects nothing in package.json, and the tarball holds the
//     licence, the readme, the changelog and dist/ (and nothing else);
//   - consumer test: npm pack, a fresh Vite + React + TypeScript app installs the tarball,
//     type-checks strictly, imports both entries, builds, and renders the widget in Chromium,
//     also under a strict Content-Security-Policy;
//   - runtimes (test/package/runtimes.mjs): the README's proxy wirings from the same tarball, on
//     Express, plain Node and the CLI, and a Next.js App Router app (built without secrets,
//     started with them, the report rendered in Chromium through the route handler).
// Prints each step with ✓/✗ and exits non-zero on any failure. Temporary projects live in the
// OS temp dir and are removed at the end.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { checkChunkFailure } from '../test/package/chunk-failure-check.mjs';
import { CONSUMER_REPORT_ID, writeConsumerApp } from '../test/package/consumer-app.mjs';
import { elementChecks } from '../test/package/element-check.mjs';
import { run as runCommand } from '../test/package/processes.mjs';
import { checkReport, checkStrictCsp, checkWaitingState, launchChromium } from '../test/package/render-check.mjs';
import { checkNextApp, checkServerRuntimes } from '../test/package/runtimes.mjs';
import { serveStatic } from '../test/package/static-server.mjs';
import { checkApiReports } from './api-report.mjs';
import { checkBudgets, kB, measureBundle, printBundleTable } from './size-report.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'node_modules', '.bin');
const STRICT_CSP = "script-src 'self'; style-src 'self'";
// `--keep`: leave the consumer project on disk (its path is printed) to investigate a failure.
const KEEP = process.argv.includes('--keep');

// The consumer installs the same versions this repository develops against, so a warm npm
// cache serves them (--prefer-offline). TypeScript stays on 5.9 like the repository.
const CONSUMER_DEPENDENCIES = [
  'react',
  'react-dom',
  '@tanstack/react-query',
  'recharts',
  'vite',
  '@vitejs/plugin-react',
  'typescript',
  '@types/react',
  '@types/react-dom',
];

const PACKAGE_NAME = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).name;

let failures = 0;

/** Runs one named check; prints ✓ with its detail, or ✗ with the reason. Returns whether it passed. */
async function step(name, run) {
  const started = Date.now();
  try {
    const detail = await run();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`✓ ${name}${detail ? ` — ${detail}` : ''} (${seconds} s)`);
    return true;
  } catch (error) {
    failures += 1;
    const message = error instanceof Error ? error.message : String(error);
    console.log(`✗ ${name}\n${message.replace(/^/gm, '    ')}`);
    return false;
  }
}

function skip(name, because) {
  failures += 1;
  console.log(`✗ ${name} — not run: ${because}`);
}

/** Runs a command (from the repository unless told otherwise); see test/package/processes.mjs. */
const run = (command, args, options = {}) => runCommand(command, args, { cwd: ROOT, ...options });

const installedVersion = (name) =>
  JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

async function checkUseClient() {
  const first =
    readFileSync(join(ROOT, 'dist', 'index.js'), 'utf8')
      .split('\n', 1)[0]
      ?.trim() ?? '';
  if (!/^["']use client["'];?$/.test(first))
    throw new Error(`dist/index.js starts with ${JSON.stringify(first.slice(0, 60))}, not 'use client'`);
  return 'first line of dist/index.js';
}

// The server entry must never pull browser code (React, the viewer) through a shared chunk.
const SERVER_IMPORTS = /^(hono|@hono\/node-server|redis)(\/|$)|^node:/;
async function checkServerGraph() {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(ROOT, 'dist', file), 'utf8');
    for (const [, specifier] of code.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*["']([^"']+)["']/g)) {
      if (specifier.startsWith('./')) visit(specifier.slice(2));
      else if (!SERVER_IMPORTS.test(specifier)) throw new Error(`${file} imports ${specifier}`);
    }
  };
  visit('proxy.js');
  visit('proxy-node.js');
  visit('proxy-redis.js');
  visit('proxy-cli.js');
  // `redis` is an optional peer: only the CLI may load it, and only on demand (a dynamic import).
  for (const file of seen) {
    const code = readFileSync(join(ROOT, 'dist', file), 'utf8');
    if (/(?:^|\n)\s*import\b[^'"]*?from\s*["']redis["']/.test(code))
      throw new Error(`${file} imports redis statically`);
  }
  return `${seen.size} files, only hono, @hono/node-server and node: outside (redis on demand)`;
}

async function checkSizes() {
  const figures = await measureBundle();
  printBundleTable(figures);
  const verdict = checkBudgets(figures);
  const summary = verdict.checks.map((c) => `${c.name} ${kB(c.actual)} / ${kB(c.limit)}`).join('; ');
  if (!verdict.ok) throw new Error(`budget exceeded: ${summary}`);
  return summary;
}

/** What `npm publish` would send, without sending it: npm must have nothing to correct, and the files are the intended ones. */
async function checkPublishDryRun() {
  const { stdout, output } = await run('npm', ['publish', '--dry-run', '--json'], {
    env: { NO_COLOR: '1' },
    separate: true,
  });
  // npm rewrites a package.json it finds wrong (and drops, say, an invalid bin) with only a warning.
  const corrected = output.split('\n').filter((line) => /auto-corrected|errors corrected|was invalid/.test(line));
  if (corrected.length > 0) throw new Error(`npm would correct package.json:\n${corrected.join('\n')}`);
  const json = JSON.parse(stdout);
  const packed = json[PACKAGE_NAME] ?? json;
  const files = packed.files.map((f) => f.path);
  const required = [
    'LICENSE',
    'README.md',
    'CHANGELOG.md',
    'package.json',
    'dist/index.js',
    'dist/parser.js',
    'dist/proxy.js',
    'dist/proxy-node.js',
    'dist/proxy-redis.js',
    'dist/styles.css',
  ];
  const missing = required.filter((f) => !files.includes(f));
  if (missing.length > 0) throw new Error(`the tarball lacks ${missing.join(', ')}`);
  const stray = files.filter((f) => !f.startsWith('dist/') && !required.includes(f));
  if (stray.length > 0) throw new Error(`the tarball would also publish ${stray.join(', ')}`);
  return `${packed.name}@${packed.version}, ${files.length} files, ${kB(packed.size)} packed`;
}

async function consumerTest() {
  const workDir = mkdtempSync(join(tmpdir(), 'lrv-consumer-'));
  const appDir = join(workDir, 'app');
  const servers = [];
  let browser = null;
  try {
    let tarball = '';
    const packed = await step('npm pack', async () => {
      const info = JSON.parse(
        await run('npm', ['pack', '--json', '--pack-destination', workDir], { stdoutOnly: true }),
      );
      tarball = join(workDir, info[0].filename);
      const files = info[0].files.map((f) => f.path);
      for (const needed of [
        'dist/index.js',
        'dist/index.d.ts',
        'dist/parser.js',
        'dist/parser.d.ts',
        'dist/proxy.js',
        'dist/proxy.d.ts',
        'dist/styles.css',
        'package.json',
      ]) {
        if (!files.includes(needed)) throw new Error(`the tarball lacks ${needed}`);
      }
      if (files.some((f) => f.startsWith('src/') || f.startsWith('test/')))
        throw new Error('the tarball ships src/ or test/');
      return `${info[0].filename}, ${info[0].entryCount} files, ${kB(info[0].size)} packed`;
    });
    if (!packed) return skip('consumer app', 'npm pack failed');

    const installed = await step('consumer: fresh Vite + React + TypeScript app installs the tarball', async () => {
      const dependencies = Object.fromEntries(CONSUMER_DEPENDENCIES.map((name) => [name, installedVersion(name)]));
      writeConsumerApp(appDir, { fixturePath: join(ROOT, 'fixtures', 'raw-v3-acne.json'), dependencies });
      await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], {
        cwd: appDir,
      });
      const version = JSON.parse(
        readFileSync(join(appDir, 'node_modules', 'legit-report-viewer', 'package.json'), 'utf8'),
      ).version;
      return `legit-report-viewer ${version} with ${CONSUMER_DEPENDENCIES.length} packages`;
    });
    if (!installed) return skip('consumer app', 'install failed');

    const tsc = join(appDir, 'node_modules', '.bin', 'tsc');
    await step('consumer: strict type-check of the browser entry (bundler resolution)', async () => {
      await run(tsc, ['-p', 'tsconfig.json', '--noEmit'], { cwd: appDir });
      return 'strict, noUncheckedIndexedAccess, exactOptionalPropertyTypes, skipLibCheck off';
    });
    await step(
      'consumer: legit-report-viewer/proxy and /parser in Node (NodeNext types, /healthz via fetch(new Request), a report parsed)',
      async () => {
        await run(tsc, ['-p', 'tsconfig.node.json'], { cwd: appDir });
        const compiled = readdirSync(join(appDir, 'node-out')).find((f) => f.endsWith('.mjs'));
        if (!compiled) throw new Error('tsc emitted no .mjs for the Node script');
        return (await run(process.execPath, [join(appDir, 'node-out', compiled)], { cwd: appDir })).trim();
      },
    );
    const built = await step('consumer: vite build', async () => {
      const out = await run(join(appDir, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
        cwd: appDir,
      });
      const warnings = out.trim();
      return warnings === '' ? 'no warnings' : `warnings:\n${warnings}`;
    });
    if (!built) return skip('consumer: render in Chromium', 'the build failed');

    const distDir = join(appDir, 'dist');
    const plain = await serveStatic(distDir);
    servers.push(plain);
    const strict = await serveStatic(distDir, { headers: { 'content-security-policy': STRICT_CSP } });
    servers.push(strict);
    browser = await launchChromium();
    await step('consumer: Chromium shows region "Diagnostic report" with the waiting text', () =>
      checkWaitingState(browser, plain.url),
    );
    await step(
      `consumer: reportId + fetchReport (raw v3 fixture, id ${CONSUMER_REPORT_ID.slice(0, 8)}…) renders "99.65%"`,
      () => checkReport(browser, plain.url),
    );
    await step(`consumer: strict CSP (${STRICT_CSP})`, () => checkStrictCsp(browser, strict.url));
    await step('consumer: a lazy chunk that fails to load shows the error state, Retry loads it', () =>
      checkChunkFailure(browser, plain.url, join(appDir, 'src', 'raw-v3-acne.json')),
    );

    const runtimes = { step, skip, root: ROOT, tarball, workDir, installedVersion, launchBrowser: launchChromium };
    await checkServerRuntimes(runtimes);
    await checkNextApp(runtimes);
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
    if (KEEP) console.log(`  (kept the consumer project at ${appDir})`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

console.log('Package checks (run `npm run build` first)\n');
await step("dist/index.js starts with 'use client'", checkUseClient);
await step('size budgets', checkSizes);
await step('proxy entry imports no browser code', checkServerGraph);
await step('publint --strict', async () => (await run(join(BIN, 'publint'), ['--strict'])).trim().split('\n').pop());
await step('attw --pack . --profile esm-only --exclude-entrypoints styles.css', async () => {
  // On failure the error carries attw's own table.
  await run(
    join(BIN, 'attw'),
    ['--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', 'styles.css', '--format', 'table-flipped'],
    {
      env: { NO_COLOR: '1', FORCE_COLOR: '0' },
    },
  );
  return 'no problems for any entry but the stylesheet (node16 from ESM, bundler)';
});
await step('API reports match the build (api/*.api.md)', checkApiReports);
await step('npm publish --dry-run', checkPublishDryRun);
await consumerTest();
await elementChecks(step);

console.log(failures === 0 ? '\nAll package checks passed.' : `\n${failures} package check(s) failed.`);
process.exit(failures === 0 ? 0 : 1);
