import { defineConfig } from 'vitest/config';

// One runner for every workspace: unit tests live beside their package, end-to-end tests in test/.
export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'kiosk-hardware/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
