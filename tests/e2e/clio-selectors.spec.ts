import type { Page } from '@playwright/test';
import { billPageElements } from '../../features/bill-panel/selectors';
import { billsListElements } from '../../features/bills-list-button/selectors';
import { sendDialogElements } from '../../features/send-dialog/selectors';
import { type ClioElementName, describeClioElement } from '../../lib/clio/page-elements';
import type { ClioElement, ClioLanguage } from '../../lib/content/clio-element';
import { sandboxControl } from '../support/sandbox-control';
import { expect, test } from './fixtures';

/** What a person reads on the replica's bill page and Send dialog, in each of Clio's languages. */
const labels = {
  en: {
    billActions: 'Bill actions',
    send: 'Send',
    sendViaEmail: 'Send via email',
    shareViaPortal: 'Share via Clio for Clients',
    sendBill: 'Send bill',
  },
  fr: {
    billActions: 'Actions de la facture',
    send: 'Envoyer',
    sendViaEmail: 'Envoyer par courriel',
    shareViaPortal: 'Partager par Clio for Clients',
    sendBill: 'Envoyer la facture',
  },
} satisfies Record<ClioLanguage, Record<string, string>>;
type Labels = (typeof labels)[ClioLanguage];

interface Place {
  route: (bills: { unpaid: number }) => string;
  /** What shows that Clio has rendered the page. */
  ready: string;
  /** What a person does first for the element to exist, e.g. open the Send dialog. */
  prepare?: (page: Page, words: Labels) => Promise<void>;
}

const onBillPage: Place = { route: ({ unpaid }) => `#/bills/${unpaid}`, ready: '.bill-show' };
const onBillsList: Place = { route: () => '#/bills', ready: '.bills-panel' };
const inSendDialog: Place = {
  ...onBillPage,
  prepare: (page, words) =>
    page
      .getByRole('toolbar', { name: words.billActions })
      .getByRole('button', { name: words.send, exact: true })
      .click(),
};
const withEmail: Place = {
  ...inSendDialog,
  async prepare(page, words) {
    await inSendDialog.prepare?.(page, words);
    await page.getByLabel(words.sendViaEmail).check();
  },
};
const afterRefusedSend: Place = {
  ...inSendDialog,
  async prepare(page, words) {
    await inSendDialog.prepare?.(page, words);
    await page.evaluate(() => {
      const originalFetch = window.fetch;
      window.fetch = async (input, init) =>
        String(input).endsWith('/send')
          ? new Response(JSON.stringify({ error: 'Refused for the test' }), { status: 422 })
          : originalFetch(input, init);
    });
    await page.getByLabel(words.shareViaPortal).check();
    await page.getByRole('button', { name: words.sendBill }).click();
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
    ({ selector, labels }) =>
      [...document.querySelectorAll(selector)].filter(
        (element) => labels === undefined || labels.includes(element.textContent?.trim() ?? ''),
      ).length,
    { selector: target.selector, labels: target.labels && Object.values(target.labels) },
  );
}

for (const language of ['en', 'fr'] as const) {
  test.describe(`Clio in ${language === 'en' ? 'English' : 'French'}`, () => {
    test.use({ sandboxOptions: { size: 40, clioLanguage: language } });

    test('every selector of Clio’s page finds exactly one element on the replica', async ({
      context,
      sandbox,
    }) => {
      const unpaid = (await sandboxControl(sandbox).bills()).find(
        (bill) => bill.state === 'awaiting_payment',
      );
      if (!unpaid) throw new Error('The seed has no unpaid bill');
      const page = await context.newPage();
      // Each place is reached once, and every element that lives there is counted on it.
      const places = new Map<Place, ClioElement[]>();
      for (const target of Object.values(everyElement))
        places.set(placeOf[target.name], [...(places.get(placeOf[target.name]) ?? []), target]);
      for (const [place, targets] of places) {
        await page.goto('about:blank');
        await page.goto(`https://app.clio.com/nc/${place.route({ unpaid: unpaid.id })}`);
        await page.locator(place.ready).waitFor();
        await place.prepare?.(page, labels[language]);
        for (const target of targets)
          await expect.soft
            .poll(() => count(page, target), {
              message: `${target.name}: ${describeClioElement(target.name)}`,
            })
            .toBe(1);
      }
    });
  });
}
