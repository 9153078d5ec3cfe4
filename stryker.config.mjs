/**
 * Mutation testing of the code users trust most: sends, the receivables summary, payment links, the
 * sync, money and the rules of who may ask the background what. Each mutant is a small planted bug
 * (a flipped condition, a dropped call); the unit tests must fail on it. `npm run test:mutation`
 * prints the score per file and folder; it is not part of `npm test`.
 */

// Stryker runs Vitest in worker threads, where a test's `vi.stubEnv('TZ', …)` no longer moves the
// clock's zone; its runners start in the zone those tests stub instead (the whole suite passes in it).
process.env.TZ = 'America/Toronto';

export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.config.ts' },
  mutate: [
    'lib/outbox/**/*.ts',
    'lib/summary/**/*.ts',
    'lib/payment-links/**/*.ts',
    'lib/sync/**/*.ts',
    'lib/money.ts',
    'lib/messaging/handle.ts',
    'lib/messaging/page-scope.ts',
    // Each domain's handlers, with what a Clio page may ask of it.
    'lib/*/handlers.ts',
    // Words for people are checked end to end, not by mutation.
    '!lib/outbox/send-wording.ts',
    '!lib/payment-links/payment-states.ts',
  ],
  // Words for people (errors, labels) are checked end to end: a changed string is no planted bug.
  mutator: { excludedMutations: ['StringLiteral'] },
  coverageAnalysis: 'perTest',
  // The send and sync tests mostly wait on real time, so four runners keep two cores busy.
  concurrency: 4,
  timeoutMS: 15_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
};
