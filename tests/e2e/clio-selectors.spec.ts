import type { Page } from '@playwright/test';
import { billPageElements } from '../../features/bill-panel/selectors';
import { billsListElements } from '../../features/bills-list-button/selectors';
import { sendDialogElements } from '../../features/send-dialog/selectors';
import { type ClioElementName, describeClioElement } from '../../lib/clio/page-elements';
import type { ClioElement } from '../../lib/content/clio-element';
import { sandboxControl } from '../support/sandbox-control';
import { expect, test } from './fixtures';

interface Place {
  route: (bills: { unpaid: number }) => string;
  /** What shows that Clio has rendered the page. */
  ready: string;
  /** What a person does first for the element to exist, e.g. open the Send dialog. */
  prepare?: (page: Page) => Promise<void>;
}

const onBillPage: Place = { route: ({ unpaid }) => `#/bills/${unpaid}`, ready: '.bill-show' };
const onBillsList: Place = { route: () => '#/bills', ready: '.bills-panel' };
const inSendDialog: Place = {
  ...onBillPage,
  prepare: (page) =>
    page
      .getByRole('toolbar', { name: 'Bill actions' })
      .getByRole('button', { name: 'Send', exact: true })
      .click(),
};
const withEmail: Place = {
  ...inSendDialog,
  async prepare(page) {
    await inSendDialog.prepare?.(page);
    await page.getByLabel('Send via email').check();
  },
};
const afterRefusedSend: Place = {
  ...inSendDialog,
  async prepare(page) {
    await inSendDialog.prepare?.(page);
    await page.evaluate(() => {
      const originalFetch = window.fetch;
      window.fetch = async (input, init) =>
        String(input).endsWith('/send')
          ? new Response(JSON.stringify({ error: 'Refused for the test' }), { status: 422 })
          : originalFetch(input, init);
    });
    await page.getByLabel('Share via Clio for Clients').check();
    await page.getByRole('button', { name: 'Send bill' }).click();
  },
};

/** Where each selector lives on the replica. Typed over every element, so a new one cannot go untested. */
const placeOf: Record<ClioElementName, Place> = {
  billSummary: onBillPage,
  billsListHeader: onBillsList,
  sendButton: onBillPage,
  sendDialog: inSendDialog,
  portalToggle: inSendDialog,
  emailToggle: inSendDialog,
  subjectField: withEmail,
  messageField: inSendDialog,
  sendBillButton: inSendDialog,
  sendDialogCancel: inSendDialog,
  sendDialogError: afterRefusedSend,
};

/** Every element Remit names, each with the selector of the feature that uses it: typed, so none is left out. */
const everyElement: Record<ClioElementName, ClioElement> = {
  ...billPageElements,
  ...sendDialogElements,
  ...billsListElements,
};

async function count(page: Page, target: ClioElement): Promise<number> {
  return page.evaluate(
    ({ selector, text }) =>
      [...document.querySelectorAll(selector)].filter(
        (element) => text === undefined || element.textContent?.trim() === text,
      ).length,
    { selector: target.selector, text: 'text' in target ? target.text : undefined },
  );
}

test('every selector of Clio’s page finds exactly one element on the replica', async ({
  context,
  sandbox,
}) => {
  const unpaid = (await sandboxControl(sandbox).bills()).find((bill) => bill.state === 'awaiting_payment');
  if (!unpaid) throw new Error('The seed has no unpaid bill');
  const page = await context.newPage();
  for (const target of Object.values(everyElement)) {
    const place = placeOf[target.name];
    await page.goto('about:blank');
    await page.goto(`https://app.clio.com/nc/${place.route({ unpaid: unpaid.id })}`);
    await page.locator(place.ready).waitFor();
    await place.prepare?.(page);
    await expect.soft
      .poll(() => count(page, target), { message: `${target.name}: ${describeClioElement(target.name)}` })
      .toBe(1);
  }
});
