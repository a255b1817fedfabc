import { defineConfig } from 'vitest/config';

/** Unit and property tests sit beside their files; browser flows live in tests/e2e (Playwright). */
export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'electron/**/*.test.ts',
      'tests/unit/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'threads',
    // Property tests run many cases; a 2-core CI machine under load needs more than 5 s.
    testTimeout: 60_000,
  },
});
