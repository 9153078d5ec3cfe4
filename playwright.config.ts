import { defineConfig } from '@playwright/test';

/** One worker: Chromium with an extension is heavy, and the machines have two cores. */
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  // A failed test keeps its trace: each action and the page's DOM at that moment. Without the
  // screencast, which costs every test about a seventh of its time.
  use: { trace: { mode: 'retain-on-failure', screenshots: false } },
});
