// The API reports (api/*.api.md): what each public entry exports, as @microsoft/api-extractor
// reads the built declarations. They are committed, so a change to the public surface shows in review.
//   npm run api                      builds, then rewrites the reports from dist/
//   import { checkApiReports }       the package checks: fails when a committed report differs from dist/
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPORT_FOLDER = join(ROOT, 'api');
const TEMP_FOLDER = join(ROOT, '.tmp', 'api');

/** The package's entries with types (the CSS subpath has none; the element's are checked by its own step). */
const ENTRIES = [
  { declarations: 'dist/index.d.ts', report: 'legit-report-viewer' },
  { declarations: 'dist/parser.d.ts', report: 'parser' },
  { declarations: 'dist/proxy.d.ts', report: 'proxy' },
  { declarations: 'dist/proxy-node.d.ts', report: 'proxy-node' },
  { declarations: 'dist/proxy-redis.d.ts', report: 'proxy-redis' },
];

// Messages that describe the surface (a type reachable but not exported, say) are written into the
// report, where a reviewer sees them; none fails the run. TSDoc style is not checked: the comments
// are written for readers, not for a documentation generator.
const MESSAGES = {
  compilerMessageReporting: { default: { logLevel: 'error' } },
  extractorMessageReporting: {
    default: { logLevel: 'none', addToApiReportFile: true },
    'ae-missing-release-tag': { logLevel: 'none', addToApiReportFile: false },
    // Listed by declaration line, it would churn with every edit; the report marks them "(undocumented)".
    'ae-undocumented': { logLevel: 'none', addToApiReportFile: false },
  },
  tsdocMessageReporting: { default: { logLevel: 'none', addToApiReportFile: false } },
};

function prepare({ declarations, report }) {
  const entry = join(ROOT, declarations);
  return ExtractorConfig.prepare({
    configObject: {
      projectFolder: ROOT,
      mainEntryPointFilePath: entry,
      compiler: {
        // Only the built declarations and what they import: not the sources, not the tests.
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            module: 'ESNext',
            moduleResolution: 'Bundler',
            jsx: 'react-jsx',
            strict: true,
            skipLibCheck: true,
            types: [],
          },
          files: [entry],
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: report,
        reportFolder: REPORT_FOLDER,
        reportTempFolder: TEMP_FOLDER,
        includeForgottenExports: false,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      newlineKind: 'lf',
      messages: MESSAGES,
    },
    configObjectFullPath: join(REPORT_FOLDER, 'api-extractor.json'),
    packageJsonFullPath: join(ROOT, 'package.json'),
  });
}

/**
 * Runs api-extractor on each entry. With `update`, rewrites the committed reports; without, only
 * compares (the build's report lands in .tmp/api/ for a diff). Resolves with one line per report.
 */
export function runApiReports({ update }) {
  mkdirSync(TEMP_FOLDER, { recursive: true });
  if (update) mkdirSync(REPORT_FOLDER, { recursive: true });
  return ENTRIES.map((entry) => {
    const result = Extractor.invoke(prepare(entry), {
      localBuild: update,
      showVerboseMessages: false,
      messageCallback: (message) => {
        // Keep the console for problems: the per-run chatter ("Analysis will use…") is not one.
        if (message.logLevel === 'info' || message.logLevel === 'verbose') message.handled = true;
      },
    });
    return {
      report: `api/${entry.report}.api.md`,
      changed: result.apiReportChanged,
      ok: result.errorCount === 0,
    };
  });
}

/** For the package checks: throws, naming the reports, when one differs from the build or could not be made. */
export function checkApiReports() {
  const results = runApiReports({ update: false });
  const stale = results.filter((r) => r.changed).map((r) => r.report);
  const broken = results.filter((r) => !r.ok).map((r) => r.report);
  if (stale.length > 0)
    throw new Error(
      `${stale.join(', ')} differ from the build: the public API changed. Review the change, then run \`npm run api\` and commit the report.`,
    );
  if (broken.length > 0) throw new Error(`api-extractor reported errors for ${broken.join(', ')}`);
  return results.map((r) => r.report).join(', ');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = runApiReports({ update: true });
  for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.report}${r.changed ? ' (updated)' : ' (unchanged)'}`);
  if (results.some((r) => !r.ok)) process.exit(1);
}
