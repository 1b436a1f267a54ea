import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The pure core (language, engine, playback, interchange, sweep, interpreter) must never reach for React, the DOM,
// zustand or motion: it runs in Node, in Workers and in the CLI alike.
const pureCore = [
  'src/lang/**',
  'src/engine/**',
  'src/playback/**',
  'src/interchange/**',
  'src/sweep/**',
  'src/explore/**',
  'src/runtime/interpreter*.ts',
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'playwright-report', 'test-results*', 'coverage', '.probe'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx', 'src/App.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The app loads scenario texts on demand; the eager table is for tests and Node tools only.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', 'src/scenarios/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/scenarios/all', '**/scenarios/all.ts'],
              message: 'The app loads built-in texts on demand (src/scenarios/index.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: pureCore,
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'react-dom/*'],
              message: 'The pure core may not import React.',
            },
            { group: ['zustand', 'zustand/*'], message: 'The pure core may not import the store.' },
            {
              group: ['motion', 'motion/*', 'framer-motion'],
              message: 'The pure core may not import motion.',
            },
            {
              group: ['**/ui/**', '**/store/**'],
              message: 'The pure core may not import the UI or the store.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'self', 'Worker', 'performance'].map(
          (name) => ({
            name,
            message: 'The pure core runs without a DOM; pass what it needs in.',
          }),
        ),
      ],
    },
  },
);
