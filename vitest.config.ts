import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Dates in expectations are written for UTC; the tool itself uses the user's local time.
    env: { TZ: 'UTC' },
    testTimeout: 15_000,
    hookTimeout: 120_000,
    projects: [
      // The core, the commands and the real prompts, in process: `npm run test:unit`.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/flow/**/*.test.ts'] } },
      // The packed, installed tool in real terminals: `npm run test:e2e`. Only these pack the tarball.
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/e2e/global-setup.ts'] },
      },
      // The packed tool on Windows's Node.js under Wine: run by .ci/run, which sets LKIO_WINE_NODE;
      // skipped (and said so) without it.
      { extends: true, test: { name: 'windows', include: ['tests/windows/**/*.test.ts'] } },
    ],
  },
});
