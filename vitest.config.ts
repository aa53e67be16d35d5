import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One temp folder for the whole run, removed at its end (tests/helpers/temp-root.ts).
    globalSetup: ['tests/helpers/temp-root.ts'],
    // Command and browser tests build real sites: give them time, and keep two
    // workers on a two-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
