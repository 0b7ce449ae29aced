import { defineConfig } from 'vitest/config';

// Integration tier: real `astro build`s, `astro dev` and the CLIs, each in a temporary copy of the
// project. A build of the sample takes about 10 s on an idle 2-core machine and several times that
// when the machine is busy, so the bounds are generous; tests that build several sites set their
// own. Files run one after another: two cores cannot host two builds at once.
export default defineConfig({
  test: {
    include: ['test/integration/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
