import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'content-scripts/**/*.test.{ts,tsx}', 'popup/**/*.test.{ts,tsx}', 'options/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,mjs}', 'test/eval/**/*.test.ts'],
    environment: 'node',
  },
});
