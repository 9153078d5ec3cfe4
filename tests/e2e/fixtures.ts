import { type BrowserContext, test as base, type Worker } from '@playwright/test';
import { type Sandbox, type SandboxOptions, startSandbox } from '../sandbox/server';
import { launchRemit } from '../support/remit-browser';
import { stopServiceWorker, wakeServiceWorker } from '../support/service-worker';
import { OptionsPage } from './pages/options-page';

export interface WorkerControl {
  stop(): Promise<void>;
  wake(): Promise<void>;
}

interface Fixtures {
  sandboxOptions: SandboxOptions;
  /** The browser's language, e.g. `fr-CA`; Chromium's default (English) when left out. */
  browserLocale: string | undefined;
  sandbox: Sandbox;
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  worker: WorkerControl;
  /** Remit connected to the sandbox through its real OAuth flow. */
  connected: undefined;
}

/** Each test gets a fresh sandbox and a fresh Chromium profile (so a fresh IndexedDB). */
export const test = base.extend<Fixtures & { remit: Awaited<ReturnType<typeof launchRemit>> }>({
  sandboxOptions: [{ size: 40 }, { option: true }],
  sandbox: async ({ sandboxOptions }, use) => {
    // A query parameter Clio does not document fails the test: a real Clio may silently ignore it.
    const sandbox = await startSandbox({ undocumentedParameters: 'refuse', ...sandboxOptions, tls: true });
    await use(sandbox);
    await sandbox.close();
  },
  browserLocale: [undefined, { option: true }],
  remit: async ({ sandbox, browserLocale }, use) => {
    const remit = await launchRemit({ sandboxPort: sandbox.port, locale: browserLocale });
    await use(remit);
    await remit.close();
  },
  context: async ({ remit }, use) => use(remit.context),
  extensionId: async ({ remit }, use) => use(remit.extensionId),
  serviceWorker: async ({ remit }, use) => use(remit.serviceWorker),
  worker: async ({ context, extensionId }, use) =>
    use({
      stop: () => stopServiceWorker(context, extensionId),
      wake: () => wakeServiceWorker(context, extensionId),
    }),
  connected: async ({ context, extensionId }, use) => {
    const options = await OptionsPage.open(context, extensionId);
    await options.connectWithSandboxApp();
    await options.page.close();
    await use(undefined);
  },
});

export { expect } from '@playwright/test';
