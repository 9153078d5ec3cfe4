import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/sandbox/**/*.test.ts', 'tests/contract/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    // Many files wait on the in-process sandbox over real HTTP and on real timers rather than on the
    // CPU: four at a time in threads finish in about half the time of one per core, on two cores.
    pool: 'threads',
    maxWorkers: 4,
    restoreMocks: true,
    unstubGlobals: true,
  },
});
