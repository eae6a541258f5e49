import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'reports', 'test-results', 'playwright-report', 'node_modules'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core runs in the browser, a worker, Node and the CLI: no React, no DOM, no Node built-ins.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react-router'], message: 'src/core stays free of React.' },
            { group: ['node:*'], message: 'src/core runs in the browser too: no Node built-ins.' },
            { group: ['../ui/*', '../../ui/*', '../node/*', '../../node/*', '../cli/*'], message: 'imports flow into core, not out of it.' },
          ],
        },
      ],
    },
  },
  {
    // The UI never reaches into Node-only code.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', '**/node/*', '**/cli/*'], message: 'the UI runs in the browser.' }] }],
    },
  },
)
