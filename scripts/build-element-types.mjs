// dist/element.d.ts, the types of `legit-report-viewer/element`, in one file like the other
// entries': tsc writes the declarations of src/element/index.ts and what it imports to a temporary folder, then API Extractor rolls
// up element/index.d.ts. API Extractor drops `declare global`, so the augmentations (the tag
// and event maps) are copied over from the entry's own declarations. Run by `npm run build`.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'element.d.ts');
const declarations = mkdtempSync(join(tmpdir(), 'lrv-element-types-'));

try {
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'tsc'),
    [
      ...['--declaration', '--emitDeclarationOnly', '--outDir', declarations, '--rootDir', 'src'],
      ...['--target', 'ES2022', '--module', 'ESNext', '--moduleResolution', 'Bundler', '--jsx', 'react-jsx'],
      ...[
        '--lib',
        'ES2023,DOM,DOM.Iterable',
        '--strict',
        '--skipLibCheck',
        '--verbatimModuleSyntax',
        '--isolatedModules',
      ],
      'src/element/index.ts',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const entry = join(declarations, 'element', 'index.d.ts');
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: ROOT,
      mainEntryPointFilePath: entry,
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            module: 'ESNext',
            moduleResolution: 'Bundler',
            strict: true,
            types: [],
          },
          files: [entry],
        },
      },
      dtsRollup: { enabled: true, untrimmedFilePath: OUT },
      apiReport: { enabled: false },
      docModel: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // TSDoc style notes are not build failures; errors from the compiler are.
        tsdocMessageReporting: { default: { logLevel: 'none' } },
        extractorMessageReporting: {
          default: { logLevel: 'warning' },
          'ae-missing-release-tag': { logLevel: 'none' },
          // Internal helpers (the server-safe base class, a few model parts) are declared, not exported.
          'ae-forgotten-export': { logLevel: 'none' },
        },
      },
    },
    packageJsonFullPath: join(ROOT, 'package.json'),
  });
  const result = Extractor.invoke(config, { localBuild: true });
  if (!result.succeeded) throw new Error(`API Extractor: ${result.errorCount} error(s)`);
  const augmentation = /^declare global \{[\s\S]*?^\}$/m.exec(readFileSync(entry, 'utf8'))?.[0];
  if (!augmentation) throw new Error('src/element/index.ts declares no global augmentation');
  appendFileSync(OUT, `\n${augmentation}\n`);
  console.log(`dist/element.d.ts written (${result.warningCount} warning(s))`);
} finally {
  rmSync(declarations, { recursive: true, force: true });
}
