import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/sandbox/**/*.test.ts', 'tests/contract/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    // Many files wait on the in-process sandbox over real HTTP and on real timers rather than on the
    // CPU: four at a time finish in a little over half the time of one per core, on two cores. In
    // processes, not threads: Dexie tells every thread of a process of each write, which would mix
    // one file's updates into another's.
    pool: 'forks',
    maxWorkers: 4,
    restoreMocks: true,
    unstubGlobals: true,
  },
});
