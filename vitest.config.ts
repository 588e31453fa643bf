import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The build tests run `astro build` in a child process; give them room.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
