// Every deployment path the README shows, run from the packed tarball as a new user would: a Next.js App Router
// portal (`next build` without secrets, `next start` with them, a report rendered in Chromium through the route
// handler), Express and plain Node with the Node listener (`legit-report-viewer/proxy/node`), and the CLI. Each proxies to a stand-in
// S2S API on loopback. The wirings are the README's own code blocks (runtime-apps.mjs).
/* global fetch -- Node 20 globals */
import { createServer } from 'node:http';
import { join } from 'node:path';
import process from 'node:process';
import { URL } from 'node:url';
import { CONSUMER_REPORT_ID } from './consumer-app.mjs';
import { FAKE_PDF, startFakeS2s } from './fake-s2s.mjs';
import { envWithout, freePort, run, startServer, tail } from './processes.mjs';
import { openPage } from './render-check.mjs';
import {
  EXPRESS_FILE,
  EXPRESS_VERSION,
  NEXT_VERSION,
  NODE_FILE,
  writeNextApp,
  writeServerApp,
} from './runtime-apps.mjs';

const TOKEN = 'runtime-check-token-0123456789';
const ID = CONSUMER_REPORT_ID;
const REPORT_PATH = `/anonymous-diagnostic-reports/${encodeURIComponent(ID)}`;
const UI_TIMEOUT = 20_000;
const NEXT_APP_DEPENDENCIES = [
  'react',
  'react-dom',
  '@tanstack/react-query',
  'recharts',
  'typescript',
  '@types/react',
  '@types/react-dom',
  '@types/node',
];
// No LEGIT_* variable of the machine running the checks leaks into what is checked without them.
const CLEAN_ENV = { ...envWithout('LEGIT_'), NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };

const install = (cwd, tarball) =>
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], {
    cwd,
    baseEnv: CLEAN_ENV,
  });

/** The report, its PDF and the health route answer through a proxy mounted at `base` (an origin + basePath). */
async function expectProxied(base, basePath, upstream) {
  const before = upstream.requests.length;
  const health = await fetch(`${base}/healthz`);
  if (health.status !== 200) throw new Error(`${base}/healthz answered ${health.status}: ${await health.text()}`);
  const response = await fetch(`${base}${REPORT_PATH}?format=raw&locale=en`);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`the report route answered ${response.status}: ${text.slice(0, 300)}`);
  const pdfLink = JSON.parse(text).data?.pdf;
  const expectedLink = `${basePath}${REPORT_PATH}?format=pdf&locale=en`;
  if (pdfLink !== expectedLink) throw new Error(`the report's PDF link is ${pdfLink}, not ${expectedLink}`);
  if (/apiKey|authKey/.test(text) || text.includes(TOKEN)) throw new Error('the report carries a credential');
  const pdf = await fetch(`${new URL(base).origin}${pdfLink}`);
  const pdfText = await pdf.text();
  if (pdf.status !== 200 || pdf.headers.get('content-type') !== 'application/pdf' || pdfText !== FAKE_PDF)
    throw new Error(`the PDF route answered ${pdf.status} ${pdf.headers.get('content-type')}`);
  const seen = upstream.requests.slice(before);
  if (seen.length !== 2 || !seen.every((r) => r.tokenOk))
    throw new Error(`the stand-in S2S API saw ${JSON.stringify(seen)}`);
  return `healthz 200; report 200 with its PDF link at ${basePath || '/'}…; PDF 200; upstream saw the token twice`;
}

/** Started without LEGIT_* variables, a server comes up and answers 500 PROXY_MISCONFIGURED, problems logged once. */
async function expectMisconfigured(command, args, { cwd, base }) {
  const port = Number(new URL(base).port);
  const server = await startServer(command, args, {
    cwd,
    baseEnv: CLEAN_ENV,
    env: { PORT: String(port) },
    readyUrl: `${base}/healthz`,
  });
  try {
    for (const path of ['/healthz', `${REPORT_PATH}?format=raw`]) {
      const response = await fetch(`${base}${path}`);
      const body = await response.json();
      if (response.status !== 500 || body.code !== 'PROXY_MISCONFIGURED')
        throw new Error(`${path} answered ${response.status} ${JSON.stringify(body)}`);
    }
  } finally {
    await server.stop();
  }
  const logged = server
    .output()
    .split('\n')
    .filter((line) => line.includes('invalid configuration'));
  if (logged.length !== 1 || !server.output().includes('apiBaseUrl is required'))
    throw new Error(`expected the problems logged once:\n${tail(server.output())}`);
  return '500 PROXY_MISCONFIGURED on every route; the problems logged once';
}

async function withServer(command, args, { cwd, env, readyUrl }, check) {
  const server = await startServer(command, args, { cwd, baseEnv: CLEAN_ENV, env, readyUrl });
  try {
    return await check(server);
  } catch (error) {
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n--- server output:\n${tail(server.output())}`,
    );
  } finally {
    await server.stop();
  }
}

/** Express, plain Node and the CLI, from one Node app that installs the tarball. */
export async function checkServerRuntimes({ step, skip, root, tarball, workDir }) {
  const appDir = join(workDir, 'node-app');
  const installed = await step(
    `runtimes: a Node app installs the tarball with express@${EXPRESS_VERSION}`,
    async () => {
      writeServerApp(appDir, {
        readme: join(root, 'README.md'),
        dependencies: { express: EXPRESS_VERSION },
      });
      await install(appDir, tarball);
      return `${EXPRESS_FILE} and ${NODE_FILE} copied from the README`;
    },
  );
  if (!installed) return skip('runtimes: Express, plain Node and the CLI', 'the install failed');

  const upstream = await startFakeS2s({ token: TOKEN, fixturePath: join(root, 'fixtures', 'raw-v3-acne.json') });
  const configured = (port) => ({ LEGIT_API_URL: upstream.apiBaseUrl, LEGIT_API_TOKEN: TOKEN, PORT: String(port) });
  try {
    for (const [name, file] of [
      ['Express (README wiring, the Node listener)', EXPRESS_FILE],
      ['plain Node (README wiring, createServer with the Node listener)', NODE_FILE],
    ]) {
      await step(`runtimes: ${name} proxies a report`, async () => {
        const port = await freePort();
        const base = `http://127.0.0.1:${port}/api/legit`;
        return withServer(
          process.execPath,
          [file],
          { cwd: appDir, env: configured(port), readyUrl: `${base}/healthz` },
          () => expectProxied(base, '/api/legit', upstream),
        );
      });
      await step(`runtimes: ${name} started without LEGIT_* variables`, async () => {
        const port = await freePort();
        return expectMisconfigured(process.execPath, [file], {
          cwd: appDir,
          base: `http://127.0.0.1:${port}/api/legit`,
        });
      });
    }

    const bin = join(appDir, 'node_modules', '.bin', 'legit-report-proxy');
    await step('runtimes: the CLI (legit-report-proxy) refuses to start without LEGIT_* variables', async () => {
      let failure;
      try {
        await run(bin, [], { cwd: appDir, baseEnv: CLEAN_ENV, env: { PORT: String(await freePort()) } });
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
      if (failure === undefined) throw new Error('the CLI started without configuration');
      if (!/exited with 1/.test(failure) || !/cannot start[\s\S]*LEGIT_API_URL is required/.test(failure))
        throw new Error(`unexpected failure:\n${failure}`);
      return 'exit 1, naming LEGIT_API_URL and LEGIT_API_TOKEN';
    });
    await step('runtimes: the CLI (legit-report-proxy) proxies a report, asking the session check first', async () => {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const sessionCheck = await startSessionCheck();
      try {
        const detail = await withServer(
          bin,
          [],
          {
            cwd: appDir,
            env: { ...configured(port), LEGIT_AUTH_URL: sessionCheck.url },
            readyUrl: `${base}/healthz`,
          },
          async (server) => {
            const result = await expectProxied(base, '', upstream);
            const exit = await server.stop();
            if (exit.code !== 0) throw new Error(`the CLI exited with ${exit.code ?? exit.signal} on SIGTERM`);
            if (server.output().includes(TOKEN)) throw new Error('the CLI logged the token');
            return result;
          },
        );
        const routes = sessionCheck.asked.map((asked) => asked.route).join(', ');
        if (routes !== 'report, pdf' || sessionCheck.asked.some((asked) => asked.reportId !== ID || asked.sawToken))
          throw new Error(`the session check was asked ${JSON.stringify(sessionCheck.asked)}`);
        return `${detail}; the session check (LEGIT_AUTH_URL) asked for the report and the PDF; exit 0 on SIGTERM`;
      } finally {
        await sessionCheck.close();
      }
    });
  } finally {
    await upstream.close();
  }
}

/** A Next.js App Router portal built from the tarball: built without secrets, started with them, seen in Chromium. */
export async function checkNextApp({ step, skip, root, tarball, workDir, installedVersion, launchBrowser }) {
  const appDir = join(workDir, 'next-app');
  const next = join(appDir, 'node_modules', '.bin', 'next');
  const installed = await step(
    `next: a fresh Next.js ${NEXT_VERSION} App Router app installs the tarball`,
    async () => {
      const dependencies = Object.fromEntries(NEXT_APP_DEPENDENCIES.map((name) => [name, installedVersion(name)]));
      writeNextApp(appDir, { readme: join(root, 'README.md'), dependencies: { next: NEXT_VERSION, ...dependencies } });
      await install(appDir, tarball);
      return `the README's route handler, and a page rendering <LegitReportViewer>`;
    },
  );
  if (!installed) return skip('next: build, start and render', 'the install failed');

  const built = await step('next: next build with no LEGIT_* variables', async () => {
    const output = await run(next, ['build'], { cwd: appDir, baseEnv: CLEAN_ENV });
    if (/ProxyConfigError|PROXY_MISCONFIGURED|invalid configuration/.test(output))
      throw new Error(`the build touched the proxy's configuration:\n${tail(output)}`);
    return /Compiled successfully/.test(output) ? 'compiled, route configuration collected' : tail(output, 3);
  });
  if (!built) return skip('next: start and render', 'the build failed');

  const upstream = await startFakeS2s({ token: TOKEN, fixturePath: join(root, 'fixtures', 'raw-v3-acne.json') });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let server;
  let browser;
  try {
    const started = await step(
      'next: next start with LEGIT_* variables; the route handler proxies a report',
      async () => {
        server = await startServer(next, ['start', '-p', String(port), '-H', '127.0.0.1'], {
          cwd: appDir,
          baseEnv: CLEAN_ENV,
          env: { LEGIT_API_URL: upstream.apiBaseUrl, LEGIT_API_TOKEN: TOKEN },
          readyUrl: `${origin}/api/legit/healthz`,
        });
        return expectProxied(`${origin}/api/legit`, '/api/legit', upstream);
      },
    );
    if (!started) return skip('next: server HTML and Chromium', 'next start failed');

    await step('next: the server-rendered HTML holds the widget', async () => {
      const waiting = await (await fetch(`${origin}/`)).text();
      const loading = await (await fetch(`${origin}/?report=${encodeURIComponent(ID)}`)).text();
      const region = /<section class="lrv-root"[^>]*aria-label="Diagnostic report"/;
      if (!region.test(waiting) || !waiting.includes('Complete the analysis in the Legit.Health window'))
        throw new Error('the page without an id has no waiting widget in its HTML');
      if (!region.test(loading) || !/aria-busy="true"/.test(loading) || !loading.includes('lrv-skeleton'))
        throw new Error('the page with an id has no loading widget in its HTML');
      return 'region "Diagnostic report": the waiting text, and with ?report= the loading skeleton';
    });

    await step('next: Chromium shows the report fetched through the route handler', async () => {
      browser = await launchBrowser();
      const { page, pageErrors } = await openPage(browser, origin);
      try {
        const before = upstream.requests.length;
        await page.goto(`${origin}/?report=${encodeURIComponent(ID)}`);
        const reportRegion = page.getByRole('region', { name: 'Diagnostic report' });
        await reportRegion
          .getByText('99.65%', { exact: true })
          .first()
          .waitFor({ state: 'visible', timeout: UI_TIMEOUT });
        const href = await reportRegion.locator('a[href*="format=pdf"]').first().getAttribute('href');
        const expected = `/api/legit${REPORT_PATH}?format=pdf&locale=en`;
        if (href !== expected) throw new Error(`the PDF link is ${href}, not ${expected}`);
        const seen = upstream.requests.slice(before);
        if (!seen.some((r) => r.format === 'raw' && r.tokenOk))
          throw new Error(`the stand-in S2S API saw no report request from the page: ${JSON.stringify(seen)}`);
        if (pageErrors.length > 0) throw new Error(`page errors: ${pageErrors.join(' | ')}`);
        return `"99.65%" visible; the PDF link points at the route handler`;
      } finally {
        await page.close();
      }
    });
  } finally {
    await browser?.close();
    await server?.stop();
    await upstream.close();
  }
}

/** A portal's session check on loopback (forward auth): allows every request, and records what it was asked. */
async function startSessionCheck() {
  const asked = [];
  const server = createServer((request, response) => {
    asked.push({
      route: request.headers['x-legit-route'],
      reportId: request.headers['x-legit-report-id'],
      sawToken: JSON.stringify(request.headers).includes(TOKEN),
    });
    response.writeHead(204, { 'X-Legit-Principal': 'runtime-check' }).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/session-check`,
    asked,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
