// The apps the runtime checks build: a Next.js App Router portal and a Node server app (Express, plain Node and
// the CLI). Their proxy wiring is not written here but copied from the README, whose code blocks that start with
// `// <file> — …` are the files, so the README shows each wiring exactly as tested.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Versions of the frameworks under test: dependencies of these checks' temporary apps only.
export const NEXT_VERSION = '16.4.6';
export const EXPRESS_VERSION = '5.3.0';

export const NEXT_ROUTE_FILE = 'app/api/legit/[...path]/route.ts';
export const EXPRESS_FILE = 'express-server.mjs';
export const NODE_FILE = 'node-server.mjs';

/** The README's code blocks that name their file on the first line, by file. */
export function readmeFiles(readmePath) {
  const text = readFileSync(readmePath, 'utf8');
  const files = new Map();
  for (const [, body] of text.matchAll(/```(?:ts|js)\n(\/\/ [^\n]+\n[\s\S]*?)```/g)) {
    const file = /^\/\/ (\S+)/.exec(body)?.[1];
    if (file !== undefined) files.set(file, body);
  }
  return files;
}

function readmeFile(files, name) {
  const body = files.get(name);
  if (body === undefined) throw new Error(`the README has no code block starting with "// ${name}"`);
  return body;
}

function write(dir, file, content) {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), content);
}

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

const nextLayout = `import type { ReactNode } from 'react';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;

// A server component rendering the widget (a client component: the entry starts with 'use client'); \`?report=\`
// gives it a controlled id, as a portal page reading its own URL would.
const nextPage = `import { LegitReportViewer } from 'legit-report-viewer';
import 'legit-report-viewer/styles.css';

export default async function Page({ searchParams }: { searchParams: Promise<{ report?: string }> }) {
  const { report } = await searchParams;
  return (
    <main>
      <h1>Clinic portal</h1>
      <LegitReportViewer proxyUrl="/api/legit" reportId={report ?? null} locale="en" />
    </main>
  );
}
`;

// What `create-next-app` writes (Next's own .d.ts need skipLibCheck; the strict consumer check covers ours).
const nextTsconfig = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['dom', 'dom.iterable', 'esnext'],
    allowJs: true,
    skipLibCheck: true,
    strict: true,
    noEmit: true,
    incremental: true,
    esModuleInterop: true,
    module: 'esnext',
    moduleResolution: 'bundler',
    resolveJsonModule: true,
    isolatedModules: true,
    jsx: 'react-jsx',
    plugins: [{ name: 'next' }],
  },
  include: ['next-env.d.ts', '**/*.ts', '**/*.tsx', '.next/types/**/*.ts', '.next/dev/types/**/*.ts'],
  exclude: ['node_modules'],
};

/** A Next.js App Router portal: the README's route handler, and a page that renders the widget. */
export function writeNextApp(dir, { readme, dependencies }) {
  const files = readmeFiles(readme);
  write(
    dir,
    'package.json',
    json({ name: 'next-portal', private: true, version: '0.0.0', type: 'module', dependencies }),
  );
  write(dir, 'tsconfig.json', json(nextTsconfig));
  write(dir, 'app/layout.tsx', nextLayout);
  write(dir, 'app/page.tsx', nextPage);
  write(dir, NEXT_ROUTE_FILE, readmeFile(files, NEXT_ROUTE_FILE));
}

/** A Node server app holding the README's Express and plain Node servers (the CLI comes with the package). */
export function writeServerApp(dir, { readme, dependencies }) {
  const files = readmeFiles(readme);
  write(
    dir,
    'package.json',
    json({ name: 'node-portal', private: true, version: '0.0.0', type: 'module', dependencies }),
  );
  write(dir, EXPRESS_FILE, readmeFile(files, EXPRESS_FILE));
  write(dir, NODE_FILE, readmeFile(files, NODE_FILE));
}
