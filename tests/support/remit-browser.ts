import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';
import { CLIO_HOSTS } from '../../lib/clio/regions';
import { registerClosedShadowEngine, revealClosedShadowRoots } from './closed-shadow';

export const CHROMIUM_PATH = process.env.REMIT_CHROMIUM ?? '/usr/bin/chromium';
export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface RemitBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The sandbox's port on 127.0.0.1: Clio's four hosts resolve there, so the unchanged build meets "Clio". */
  sandboxPort: number;
  headless?: boolean;
  /** Another built extension folder, e.g. the bench's empty content script. */
  extensionDir?: string;
}

/** Debian's Chromium with the production build loaded and Clio's hosts pointed at the sandbox. */
export async function launchRemit({
  sandboxPort,
  headless = true,
  extensionDir = EXTENSION_DIR,
}: LaunchOptions): Promise<RemitBrowser> {
  await registerClosedShadowEngine();
  const profile = await mkdtemp(path.join(tmpdir(), 'remit-profile-'));
  const hostRules = CLIO_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${sandboxPort}`).join(',');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${hostRules}`,
      '--ignore-certificate-errors',
      '--disable-gpu',
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  await revealClosedShadowRoots(context);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
