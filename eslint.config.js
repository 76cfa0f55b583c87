import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.demo-profile/**', 'test/fixtures/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', setTimeout: 'readonly',
        clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly',
        process: 'readonly', fetch: 'readonly', navigator: 'readonly', chrome: 'readonly',
        globalThis: 'readonly', MessageChannel: 'readonly', performance: 'readonly', Buffer: 'readonly',
        structuredClone: 'readonly', TextEncoder: 'readonly', AbortController: 'readonly',
        EventSource: 'readonly', location: 'readonly', HTMLElement: 'readonly', Node: 'readonly',
        customElements: 'readonly', CSS: 'readonly', Highlight: 'readonly', queueMicrotask: 'readonly',
      },
    },
    rules: {
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Render text, never HTML: page and contact data are untrusted.' },
        { property: 'outerHTML', message: 'Render text, never HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render text, never HTML.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
