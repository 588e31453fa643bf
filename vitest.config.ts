import { defineConfig } from 'vitest/config';

// Two groups that run one after the other: the fast unit tests (including the
// timing bound on hostile input, which must not share the CPU with builds),
// then the tests that build the site and drive a browser.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/build.test.ts', 'test/browser.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/build.test.ts', 'test/browser.test.ts'],
          sequence: { groupOrder: 1 },
          // Builds share Astro's content cache: one file at a time.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
