import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Packs and installs the tool once for the end-to-end tests.
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Dates in expectations are written for UTC; the tool itself uses the user's local time.
    env: { TZ: 'UTC' },
    testTimeout: 15_000,
    hookTimeout: 120_000,
  },
});
