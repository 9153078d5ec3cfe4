import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
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
  /**
   * Quits Chromium and starts it again on the same profile, as a user restarting the browser:
   * IndexedDB and the granted hosts stay; `context` and `serviceWorker` are the new ones after.
   */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The sandbox's port on 127.0.0.1: Clio's four hosts resolve there, so the unchanged build meets "Clio". */
  sandboxPort: number;
  headless?: boolean;
  /** Another built extension folder, e.g. the bench's empty content script. */
  extensionDir?: string;
  /**
   * The Clio hosts the firm has let Remit reach (the sandbox's firm is in the US region). A browser
   * prompt no test can answer asks for them when connecting; the profile starts with them granted.
   */
  grantedHosts?: readonly string[];
  /** The browser's language (`fr-CA`): its interface, `navigator.language` and what it asks sites for. */
  locale?: string;
}

/** Debian's Chromium with the production build loaded and Clio's hosts pointed at the sandbox. */
export async function launchRemit({
  sandboxPort,
  headless = true,
  extensionDir = EXTENSION_DIR,
  grantedHosts = ['app.clio.com'],
  locale,
}: LaunchOptions): Promise<RemitBrowser> {
  await registerClosedShadowEngine();
  const profile = await mkdtemp(path.join(tmpdir(), 'remit-profile-'));
  await grantHosts(profile, extensionDir, grantedHosts);
  const hostRules = CLIO_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${sandboxPort}`).join(',');
  const start = async () => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless,
      viewport: { width: 1280, height: 900 },
      locale,
      args: [
        ...(locale ? [`--lang=${locale}`] : []),
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
    if (extensionDir === EXTENSION_DIR && grantedHosts.length > 0) await loaderRegistered(serviceWorker);
    return { context, serviceWorker };
  };
  const started = await start();
  const browser: RemitBrowser = {
    ...started,
    extensionId: new URL(started.serviceWorker.url()).host,
    async restart() {
      await browser.context.close();
      Object.assign(browser, await start());
    },
    async close() {
      await browser.context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
  return browser;
}

/**
 * Chromium's id for an unpacked extension: the SHA-256 of its folder's path, its first 32 hex digits
 * written with the letters a to p.
 */
function unpackedExtensionId(folder: string): string {
  const hex = createHash('sha256').update(folder).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** Starts the profile with these hosts granted, as if the firm had allowed them when it connected. */
async function grantHosts(profile: string, extensionDir: string, hosts: readonly string[]): Promise<void> {
  if (hosts.length === 0) return;
  const origins = hosts.map((host) => `https://${host}/*`);
  const granted = { api: [], explicit_host: origins, scriptable_host: [] };
  const settings = {
    [unpackedExtensionId(extensionDir)]: { granted_permissions: granted, active_permissions: granted },
  };
  await mkdir(path.join(profile, 'Default'), { recursive: true });
  await writeFile(path.join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { settings } }));
}

/** Remit registers its loader for the granted hosts as its worker starts; pages opened before would miss it. */
async function loaderRegistered(serviceWorker: Worker): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const scripts = (await serviceWorker.evaluate(
      'chrome.scripting.getRegisteredContentScripts()',
    )) as unknown[];
    if (scripts.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('Remit did not register its loader for the granted Clio hosts');
}
