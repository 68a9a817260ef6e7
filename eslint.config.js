import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'out/', '.eval-out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      // Page text reaches the UI as text. HTML sinks are banned everywhere but the sanitizer module.
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-properties': [
        'error',
        {
          property: 'innerHTML',
          message: 'Use text nodes; HTML goes through core/sanitize.ts only.',
        },
        { property: 'outerHTML', message: 'Read-only use is allowed in tests only.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text; HTML goes through core/sanitize.ts only.',
        },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dompurify', message: 'Import the sanitizer from core/sanitize.ts.' }] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is pure: it runs in Node (CLI, tests) and in the page alike.
    files: ['core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dompurify', message: 'Only core/sanitize.ts imports DOMPurify.' }],
          patterns: [
            {
              group: [
                'wxt',
                'wxt/*',
                '#imports',
                'preact',
                'preact/*',
                'webextension-polyfill',
                '@wxt-dev/*',
              ],
              message: 'core/ must not depend on the extension or the UI.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
  {
    // The one gate for HTML.
    files: ['core/sanitize.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-properties': 'off' },
  },
  {
    // Tests compare outerHTML/innerHTML to prove that every change to a page has an exact inverse.
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off', 'no-unsanitized/property': 'off' },
  },
);
