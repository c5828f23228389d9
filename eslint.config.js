import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

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
    // The server half never reaches into the browser half; they meet only in src/contract.
    files: ['src/proxy/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/messages/*', '**/fetching/*', '**/viewer/*', '**/report/*', '**/demo/*'],
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
    files: ['scripts/**/*.mjs', 'public/**/*.js', 'src/demo/iframe/**/*.js'],
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
