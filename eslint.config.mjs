// ESLint flat config. Typed rules (floating promises, misused promises) need the TypeScript
// program, so every linted file belongs to tsconfig.json.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'util', 'stream', 'events', 'url', 'buffer', 'process'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.tools/**', 'test-results/**', 'test/integration/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Untrusted text is cleaned of control characters on purpose, by patterns that name them.
      'no-control-regex': 'off',
      // Offsets and counts are numbers; a template with a number is the house style for messages.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // The core runs in Node, in a web worker and in the CLI: it may reach no editor, no Node
    // built-in and no DOM (its own tsconfig also leaves those types out).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/core is pure: the editor layer imports the core, never the reverse.' }],
          patterns: [
            { group: NODE_BUILTINS, message: 'src/core is pure: pass what it needs from Node in from the caller.' },
            { group: ['**/vscode/**', '**/node/**', '**/cli/**'], message: 'src/core depends on nothing outside it.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/core runs without a DOM.' },
        { name: 'document', message: 'src/core runs without a DOM.' },
        { name: 'process', message: 'src/core runs without Node.' },
      ],
    },
  },
);
