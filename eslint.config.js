// Lint for the whole repo: typescript-eslint (type-aware), Lit, web-component and lit-a11y rules.
import js from '@eslint/js';
import litA11y from 'eslint-plugin-lit-a11y';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'storybook-static/**', 'demo/dist/**', '**/custom-elements.json'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Lit's decorators and event listeners make these noisy without catching real bugs.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `_name` marks a value taken apart on purpose, e.g. to drop a field: `const { secret: _secret, ...rest } = x`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...wc.configs['flat/recommended'],
    rules: { ...wc.configs['flat/recommended'].rules, 'wc/guard-super-call': 'off' },
  },
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    // House rules from CONVENTIONS.md: API text is text, widgets never fetch.
    files: ['packages/*/src/**/*.ts'],
    ignores: ['packages/api-client/**', 'packages/mocks/**', 'packages/server/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Widgets talk to the API through the api-client.' }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'API text must stay text: no unsafeHTML.' }] },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'API text must stay text.' },
        { property: 'insertAdjacentHTML', message: 'API text must stay text.' },
      ],
    },
  },
  {
    files: ['**/test/**/*.ts', '**/test-support/**/*.ts', 'tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off', // chai's expect(x).to.be.true
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
  {
    // node:test's describe/it return promises the runner itself awaits.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test'] }] },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
