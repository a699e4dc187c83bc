import { defineConfig } from 'vitest/config';

// For `npm run mutation` (Stryker): the in-process tests only. The end-to-end tests run the packed
// bundle, which Stryker's mutants never reach.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/flow/**/*.test.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 15_000,
  },
});
