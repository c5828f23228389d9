import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import vitest from '@vitest/eslint-plugin';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-artifacts/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Report text is rendered as text, never as markup.',
        },
      ],
    },
  },
  {
    // Tests that cannot lie: each asserts, unconditionally, inside a test, and none is focused or skipped.
    files: ['test/**/*.{ts,tsx}'],
    plugins: { vitest },
    rules: {
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*'] }],
      'vitest/no-conditional-expect': 'error',
      'vitest/no-focused-tests': 'error',
      'vitest/no-disabled-tests': 'error',
      'vitest/no-standalone-expect': 'error',
    },
  },
  {
    // The library stands alone: the demo, the fixtures, the tests and the benches use it, never the reverse.
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/demo/**', '**/fixtures/**', '**/test/**', '**/bench/**'],
              message: 'src/ is the library alone: it imports nothing from demo/, fixtures/, test/ or bench/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The server half never reaches into the browser half; they meet only in src/contract.
    files: ['src/proxy/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/messages/*',
                '**/fetching/*',
                '**/viewer/*',
                '**/report/*',
                '**/demo/**',
                '**/fixtures/**',
                '**/test/**',
                '**/bench/**',
              ],
              message: 'src/proxy imports only itself and src/contract (the server entry ships no browser code).',
            },
            {
              group: ['react', 'react-dom', 'react/*', '@tanstack/*', 'recharts'],
              message: 'The proxy is server code.',
            },
          ],
        },
      ],
    },
  },
  {
    // What both halves share imports neither, nor any package.
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./)',
              message: 'src/contract imports only its own files: both halves import it, so it imports neither.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'public/**/*.js', 'demo/iframe/**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        window: 'readonly',
        document: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
);
