import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { CLIO_HOST_PATTERNS, REGIONS } from '../../lib/clio/regions';
import type { BillRecord } from '../../lib/db/records/bill';
import type { ConnectionRecord } from '../../lib/db/records/connection';
import { DEMO_APP } from '../sandbox/oauth/demo-app';
import { readStore, waitForSyncToFinish } from '../support/extension-db';
import { loopbackRequest } from '../support/loopback-https';
import { EXTENSION_DIR } from '../support/remit-browser';
import { sandboxApiGet } from '../support/sandbox-api';
import { sandboxControl } from '../support/sandbox-control';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options-page';

/** Every store of Remit's database: after a disconnect none may hold anything of the firm. */
const STORES = [
  'bills',
  'contacts',
  'matters',
  'bankAccounts',
  'allocations',
  'paymentLinks',
  'payments',
  'syncState',
  'setAside',
  'connection',
  'outbox',
];

interface WhoAmI {
  data: { name: string; email: string; account: { name: string } };
}

test.describe('connect to Clio', () => {
  test('Allow connects and shows who Remit is connected as', async ({ context, extensionId, sandbox }) => {
    const { body } = await sandboxApiGet(sandbox.url, 'users/who_am_i.json?fields=name,email,account{name}');
    const { data: user } = body as WhoAmI;
    expect(user.account.name).toMatch(/\S/);
    const options = await OptionsPage.open(context, extensionId);

    const authorize = await options.startConnect(DEMO_APP);
    await authorize.allow();

    await expect(options.connectionDetail('Connected as')).toHaveText(`${user.name} (${user.email})`);
    await expect(options.connectionDetail('Firm')).toHaveText(user.account.name);
    await expect(options.connectionDetail('Region')).toHaveText(`United States (${REGIONS.us.host})`);
    await expect(options.alert).toHaveCount(0);
    await expectNoAxeViolations(options.page);
  });

  test('Deny leaves Remit unconnected and says access was denied', async ({ context, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);

    const authorize = await options.startConnect(DEMO_APP);
    await authorize.deny();

    await expect(options.alert).toContainText('Access was denied on Clio’s page, so Remit is not connected.');
    await expect(options.connectForm).toBeVisible();
    await expect(options.connection).toHaveCount(0);
    expect(await readStore<ConnectionRecord>(options.page, 'connection')).toEqual([]);
  });

  test('a wrong client secret is named plainly and stores nothing', async ({ context, extensionId }) => {
    const options = await OptionsPage.open(context, extensionId);

    const authorize = await options.startConnect({ ...DEMO_APP, clientSecret: 'not-the-secret' });
    await authorize.allow();

    await expect(options.alert).toContainText('Clio rejected the client id or secret.');
    await expect(options.connectForm).toBeVisible();
    expect(await readStore<ConnectionRecord>(options.page, 'connection')).toEqual([]);
  });

  test('Disconnect revokes the token at Clio and wipes every token and cached record', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const options = await OptionsPage.open(context, extensionId);
    await waitForSyncToFinish(options.page);
    expect((await readStore<BillRecord>(options.page, 'bills')).length).toBeGreaterThan(0);
    const [connection] = await readStore<ConnectionRecord>(options.page, 'connection');
    if (!connection) throw new Error('Connected, yet no connection is stored');

    await options.disconnect();

    const whoAmI = await sandboxApiGet(sandbox.url, 'users/who_am_i.json', connection.accessToken);
    expect(whoAmI.status).toBe(401);
    expect((await sandboxControl(sandbox).state()).counts.activeAccessTokens).toBe(0);
    await expectNothingStored(options.page);
  });

  test('Disconnect after the access token expired still revokes the refresh token at Clio', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const options = await OptionsPage.open(context, extensionId);
    await waitForSyncToFinish(options.page);
    const [connection] = await readStore<ConnectionRecord>(options.page, 'connection');
    if (!connection) throw new Error('Connected, yet no connection is stored');
    await sandboxControl(sandbox).expireTokens();

    await options.disconnect();

    const refresh = await loopbackRequest(`${sandbox.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: connection.refreshToken ?? '',
        client_id: DEMO_APP.clientId,
        client_secret: DEMO_APP.clientSecret,
      }).toString(),
    });
    expect(refresh.status).toBe(400);
    expect((await sandboxControl(sandbox).state()).counts.activeAccessTokens).toBe(0);
    await expectNothingStored(options.page);
  });

  test('Disconnect while Clio cannot be reached revokes the access once it can, and says so meanwhile', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    const options = await OptionsPage.open(context, extensionId);
    await waitForSyncToFinish(options.page);
    await control.injectFaults([{ kind: 'reset', rate: 1, path: '/oauth/deauthorize' }]);

    await options.disconnect();

    await expect(options.page.locator('[data-field="revocation-pending"]')).toContainText(
      'Remit will revoke it as soon as Clio can be reached',
    );
    expect((await control.state()).counts.activeAccessTokens).toBe(1);
    await expectNothingStored(options.page);
    expect(await readStore(options.page, 'revocations')).toHaveLength(1);

    await control.clearFaults();
    // Opening the options page again tries the revocation, which Clio now takes.
    await options.page.reload();
    await expect.poll(async () => (await control.state()).counts.activeAccessTokens).toBe(0);
    await expect.poll(() => readStore(options.page, 'revocations')).toEqual([]);
    await options.page.reload();

    await expect(options.connectForm).toBeVisible();
    await expect(options.page.locator('[data-field="revocation-pending"]')).toHaveCount(0);
  });
});

test.describe('access to Clio’s hosts', () => {
  test('Remit asks for no Clio host at install, and runs on the one the firm granted only', async ({
    serviceWorker,
  }) => {
    const manifest = JSON.parse(await readFile(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(CLIO_HOST_PATTERNS);
    // This profile's firm granted the US host when it connected (see tests/support/remit-browser.ts).
    const scripts = (await serviceWorker.evaluate('chrome.scripting.getRegisteredContentScripts()')) as {
      matches: string[];
    }[];
    expect(scripts.map((script) => script.matches)).toEqual([['https://app.clio.com/nc/*']]);
  });

  test('connecting asks for the chosen region’s host, and a refusal connects nothing', async ({
    context,
    extensionId,
  }) => {
    const options = await OptionsPage.open(context, extensionId);
    // No test can answer the browser's prompt: the page's request is watched and declined instead.
    await options.page.evaluate(() => {
      const { chrome } = globalThis as unknown as {
        chrome: { permissions: { request: (asked: unknown) => Promise<boolean> } };
      };
      const asked: unknown[] = [];
      Object.assign(globalThis, { askedForAccess: asked });
      chrome.permissions.request = async (access) => {
        asked.push(access);
        return false;
      };
    });
    await options.page.getByLabel('Region').selectOption('ca');
    await options.page.getByLabel('Client id').fill(DEMO_APP.clientId);
    await options.page.getByLabel('Client secret').fill(DEMO_APP.clientSecret);
    await options.page.getByRole('button', { name: 'Connect' }).click();

    await expect(options.alert).toContainText('Remit cannot reach Clio without access to ca.app.clio.com');
    expect(
      await options.page.evaluate(() => (globalThis as { askedForAccess?: unknown }).askedForAccess),
    ).toEqual([{ origins: ['https://ca.app.clio.com/*'] }]);
    await expect(options.connectForm).toBeVisible();
    expect(await readStore<ConnectionRecord>(options.page, 'connection')).toEqual([]);
  });
});

test.describe('disconnect while Clio holds the sync back', () => {
  // So low a limit that the first sync soon waits for the next minute's window.
  test.use({ sandboxOptions: { size: 40, rateLimit: { limit: 5, windowMs: 60_000 } } });

  test('Disconnect does not wait for Clio’s rate limit, and nothing is stored after it', async ({
    context,
    extensionId,
    sandbox,
  }) => {
    const control = sandboxControl(sandbox);
    const options = await OptionsPage.open(context, extensionId);
    await options.connectWithSandboxApp();
    // who_am_i and bills twice (those awaiting payment, then all): the rest of the window is Remit's
    // reserve for the bill on screen.
    await expect.poll(async () => (await control.state()).requests.byPath['GET /api/v4/bills']).toBe(2);
    await expect(options.sync.inProgress).toBeVisible();

    await options.disconnect();

    expect((await control.state()).counts.activeAccessTokens).toBe(0);
    await expectNothingStored(options.page);
  });
});

async function expectNothingStored(page: Page): Promise<void> {
  for (const store of STORES) {
    expect(await readStore(page, store), `the ${store} store`).toEqual([]);
  }
}
