import { defineConfig } from 'vitest/config';

// Three groups that run one after the other: the timing bound on hostile
// input alone (it must not share the two CPUs with anything), the fast unit
// tests, then the tests that build the site and drive a browser.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'timing',
          include: ['test/robustness.test.ts'],
          sequence: { groupOrder: 0 },
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/build.test.ts', 'test/browser.test.ts', 'test/hostile.test.ts', 'test/robustness.test.ts', 'test/unsafe-content.test.ts'],
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/build.test.ts', 'test/browser.test.ts', 'test/hostile.test.ts', 'test/unsafe-content.test.ts'],
          sequence: { groupOrder: 2 },
          // Builds share Astro's content cache: one file at a time.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
