import path from 'node:path';
import type { Page } from '@playwright/test';
import { ClioBillPage } from '../tests/e2e/pages/clio-bill-page';
import { ClioBillsList } from '../tests/e2e/pages/clio-bills-list';
import { OptionsPage } from '../tests/e2e/pages/options-page';
import { PopupPage } from '../tests/e2e/pages/popup-page';
import type { RemitBrowser } from '../tests/support/remit-browser';

interface TourOptions {
  log: (line: string) => void;
  /** Where to save a screenshot of each step; none when a person is watching. */
  screenshots?: string;
}

/** Connects Remit to the sandbox, then shows the bills list, a bill with Remit's panel, and the popup. */
export async function runTour({ context, extensionId }: RemitBrowser, { log, screenshots }: TourOptions) {
  let step = 0;
  const capture = async (page: Page, name: string, what: string) => {
    step += 1;
    if (screenshots) {
      const file = path.join(screenshots, `${String(step).padStart(2, '0')}-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      log(`${step}. ${what} (${path.basename(file)})`);
    } else {
      log(`${step}. ${what}`);
    }
  };

  const options = await OptionsPage.open(context, extensionId);
  await options.connectWithSandboxApp();
  await capture(
    options.page,
    'options-connected',
    'Connected Remit to the Clio sandbox through Clio’s OAuth page',
  );

  const list = await ClioBillsList.open(context);
  const firstBill = list.page.locator('a[href^="#/bills/"]').first();
  await firstBill.waitFor();
  await capture(list.page, 'bills-list', 'Opened Clio’s bills list');

  await firstBill.click();
  const bill = ClioBillPage.attach(list.page);
  await bill.panelField('outstanding').waitFor();
  await capture(
    list.page,
    'bill-with-panel',
    `Opened bill ${await bill.panelField('bill').textContent()} with Remit’s panel`,
  );

  const popup = await PopupPage.open(context, extensionId);
  await popup.heading.waitFor();
  await capture(popup.page, 'popup', 'Opened Remit’s toolbar popup');
}
