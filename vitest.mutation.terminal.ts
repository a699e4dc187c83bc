import { defineConfig } from 'vitest/config';

// For `npx stryker run stryker.terminal.json`: only the test files that test src/terminal directly.
// Every flow test reaches the prompts, so with all of them a run over src/terminal takes hours on a
// shared machine; a change these files miss may still be caught by the others (a lower bound).
export default defineConfig({
  test: {
    include: [
      'tests/unit/{string-width-quick,prompts,accessible-prompts,platform-programs,key-lines,string-width,inquirer-layout,render,heard}.test.ts',
      'tests/flow/{prompts,inquirer-prompts,accessible,platforms,interrupt,links}.test.ts',
    ],
    env: { TZ: 'UTC' },
    testTimeout: 15_000,
  },
});
