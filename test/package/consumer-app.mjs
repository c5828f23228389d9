// A fresh consumer project, written file by file: a Vite + React + TypeScript app that uses the
// packed `legit-report-viewer` the way its README tells a portal developer to, plus a Node
// script that mounts the proxy entry. Kept as strings so the repository's own tsc and eslint
// never try to resolve a package that only exists once packed.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The report id the app's controlled widget asks for (any valid id: fetchReport ignores it). */
export const CONSUMER_REPORT_ID = 'nZL7FJQsV0qXwwv78VJNE/n7QdKRmIlM9rJqepmrhk7gob1D7/a4nHuIPhd+mzU=';

const packageJson = {
  name: 'legit-report-viewer-consumer',
  private: true,
  version: '0.0.0',
  type: 'module',
};

// As strict as a careful consumer: our .d.ts must hold under these flags too (skipLibCheck off).
const compilerOptions = {
  target: 'ES2022',
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  noFallthroughCasesInSwitch: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  skipLibCheck: false,
  forceConsistentCasingInFileNames: true,
};

const tsconfigApp = {
  compilerOptions: {
    ...compilerOptions,
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    moduleResolution: 'Bundler',
    jsx: 'react-jsx',
    resolveJsonModule: true,
    noEmit: true,
    types: ['vite/client'],
  },
  include: ['src'],
};

// The Node side resolves the package as Node does (exports + `default`), not as a bundler.
const tsconfigNode = {
  compilerOptions: {
    ...compilerOptions,
    lib: ['ES2023', 'DOM'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    outDir: 'node-out',
    types: [],
  },
  include: ['server'],
};

const viteConfig = `import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({ plugins: [react()] });
`;

const indexHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Consumer app</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`;

const mainTsx = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  LegitReportViewer,
  type DiagnosticReport,
  type FetchReport,
  type LegitReportError,
  type LegitReportViewerProps,
} from 'legit-report-viewer';
import 'legit-report-viewer/styles.css';
import rawV3Report from './raw-v3-acne.json';

// ?mode=report: a controlled widget with a custom transport answering the raw v3 fixture.
const mode = new URLSearchParams(window.location.search).get('mode');

const fetchReport: FetchReport = async ({ id, format, signal }) => {
  signal?.throwIfAborted();
  if (id !== ${JSON.stringify(CONSUMER_REPORT_ID)} || format !== 'raw') throw new Error('unexpected request');
  return rawV3Report;
};

const waitingProps: LegitReportViewerProps = { proxyUrl: '/api/legit', locale: 'en' };
const reportProps: LegitReportViewerProps = {
  reportId: ${JSON.stringify(CONSUMER_REPORT_ID)},
  fetchReport,
  onReport: (report: DiagnosticReport) => {
    document.documentElement.dataset.conclusions = String(report.conclusions.length);
  },
  onError: (error: LegitReportError) => {
    document.documentElement.dataset.error = error.code;
  },
};

const container = document.getElementById('root');
if (!container) throw new Error('no #root');
createRoot(container).render(
  <StrictMode>
    <main>
      <h1>Clinic portal</h1>
      <LegitReportViewer {...(mode === 'report' ? reportProps : waitingProps)} />
    </main>
  </StrictMode>,
);
`;

/** The Node check; `fixture` is the raw v3 report's JSON text, written in (the app has no Node types to read files). */
const checkProxyTs = (
  fixture,
) => `import { parseDiagnosticReport, ReportParseError, type DiagnosticReport } from 'legit-report-viewer/parser';
import { createLegitProxy, type LegitProxy, type LegitProxyOptions } from 'legit-report-viewer/proxy';

const options: LegitProxyOptions = {
  apiBaseUrl: 'https://api.example.org/s2s-api/v3',
  apiToken: 'consumer-test-token-0123456789',
  basePath: '/api/legit',
};
const proxy: LegitProxy = createLegitProxy(options);
const response = await proxy.fetch(new Request('http://localhost/api/legit/healthz'));
const body: unknown = await response.json();
if (response.status !== 200 || JSON.stringify(body) !== JSON.stringify({ status: 'ok' })) {
  throw new Error(\`healthz answered \${response.status} \${JSON.stringify(body)}\`);
}
console.log(\`healthz: \${response.status} \${JSON.stringify(body)}\`);

// The parser subpath on a server: no React, no DOM.
const RAW_V3: unknown = ${fixture};
const report: DiagnosticReport = parseDiagnosticReport(RAW_V3);
if (report.conclusions.length === 0) throw new Error('the parser read no conclusions');
let refused = false;
try {
  parseDiagnosticReport({});
} catch (error) {
  refused = error instanceof ReportParseError;
}
if (!refused) throw new Error('parseDiagnosticReport({}) did not throw a ReportParseError');
console.log(\`parser: \${report.conclusions.length} conclusions, {} refused\`);
`;

/**
 * Writes the consumer project into `dir`.
 * @param {string} dir
 * @param {{ fixturePath: string, dependencies: Record<string, string> }} options
 */
export function writeConsumerApp(dir, { fixturePath, dependencies }) {
  mkdirSync(join(dir, 'src'), { recursive: true });
  mkdirSync(join(dir, 'server'), { recursive: true });
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(join(dir, 'package.json'), json({ ...packageJson, dependencies }));
  writeFileSync(join(dir, 'tsconfig.json'), json(tsconfigApp));
  writeFileSync(join(dir, 'tsconfig.node.json'), json(tsconfigNode));
  writeFileSync(join(dir, 'vite.config.ts'), viteConfig);
  writeFileSync(join(dir, 'index.html'), indexHtml);
  writeFileSync(join(dir, 'src', 'main.tsx'), mainTsx);
  writeFileSync(join(dir, 'server', 'check-proxy.mts'), checkProxyTs(readFileSync(fixturePath, 'utf8').trim()));
  copyFileSync(fixturePath, join(dir, 'src', 'raw-v3-acne.json'));
}
