import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium through playwright-core against the built sample site.
// One server for the whole run (test/e2e/global-setup.ts); files run one after another because
// two cores cannot host several Chromiums and a build at once.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits for a state (a checkbox checked, results shown). Its 1 s default is less
    // than a filtered search takes on a busy 2-core machine (the filter index loads first), so
    // the bound is the test's own scale; a state reached sooner ends the wait sooner.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
