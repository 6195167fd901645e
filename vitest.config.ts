import { defineConfig } from 'vitest/config';

// Vitest 5's reporter calls Map.groupBy (Node 21+) when it prints a failure; on Node 20 that crash
// hides the failure itself. The config runs in the reporter's process, so the polyfill goes here.
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value: <K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> => {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}

// One runner for every workspace: unit tests live beside their package, end-to-end tests in test/.
export default defineConfig({
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'apps/*/test/**/*.test.ts',
      'kiosk-hardware/test/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    // Property tests print their seed (FC_SEED replays a run).
    setupFiles: ['test/support/fast-check-seed.ts'],
    testTimeout: 30_000,
    // expect.poll waits for a condition, not a time: its default second is too short on this 2-core
    // machine with other test runs beside it (a browser's sign-in took longer and a board test failed).
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
