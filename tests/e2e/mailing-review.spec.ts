import { extensionPage, waitForSyncToFinish } from '../support/extension-db';
import { cents, money } from '../support/money-text';
import { type SandboxBill, sandboxControl } from '../support/sandbox-control';
import { expect, test } from './fixtures';
import { CollectionsPage } from './pages/collections-page';
import { ReviewPage } from './pages/review-page';

/** A calendar day where the browser is, as Remit reckons queues. */
function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Sent more than 30 days ago and still owed, as the queue of that name holds it. */
function sentLongAgoAndUnpaid(bill: SandboxBill): boolean {
  const cutoff = new Date();
  cutoff.setDate(cutoff.getDate() - 30);
  return (
    bill.state === 'awaiting_payment' &&
    bill.balance > 0 &&
    bill.last_sent_at !== null &&
    localDay(new Date(bill.last_sent_at)) < localDay(cutoff)
  );
}

/** What an envelope's header says a client owes: each currency's sum, by currency code. */
function outstandingOf(bills: SandboxBill[]): string {
  const byCurrency = new Map<string, number>();
  for (const bill of bills)
    byCurrency.set(bill.currency, (byCurrency.get(bill.currency) ?? 0) + cents(bill.balance));
  const amounts = [...byCurrency]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, sum]) => money(sum / 100, currency));
  return `${new Intl.ListFormat('en-US', { type: 'conjunction' }).format(amounts)} outstanding`;
}

const billCount = (count: number) => (count === 1 ? '1 bill' : `${count} bills`);

/** A client's bill numbers as `{bill_numbers}` lists them: oldest due first, then by number. */
function numbersOf(bills: SandboxBill[]): string {
  const numbers = [...bills]
    .sort(
      (a, b) => a.due_at.localeCompare(b.due_at) || a.number.localeCompare(b.number, 'en', { numeric: true }),
    )
    .map((bill) => bill.number);
  return new Intl.ListFormat('en-US', { type: 'conjunction' }).format(numbers);
}

const owedBy = (bills: SandboxBill[]) => outstandingOf(bills).replace(/ outstanding$/, '');

test.describe('reviewing bills before they go', () => {
  // A firm with years of history: most of its 2,000 bills paid long ago, about 70 still owed.
  test.use({ sandboxOptions: { size: 2_000, unpaidBills: 70 } });
  // Each bill goes through Clio's own dialog in a tab of its own, as a person's would.
  test.describe.configure({ timeout: 5 * 60_000 });

  test('sent long ago and unpaid: one envelope per client to the cent, an edited message kept, all sent once and confirmed', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    await waitForSyncToFinish(await extensionPage(context, extensionId), 3 * 60_000);
    const chosen = (await control.bills()).filter(sentLongAgoAndUnpaid);
    const byClient = new Map<number, SandboxBill[]>();
    for (const bill of chosen) byClient.set(bill.clientId, [...(byClient.get(bill.clientId) ?? []), bill]);
    // Clients with several bills among them.
    expect(chosen.length).toBeGreaterThan(30);
    expect([...byClient.values()].some((bills) => bills.length > 1)).toBe(true);

    const workspace = await CollectionsPage.open(context, extensionId);
    await workspace.chooseQueue('Sent more than 30 days ago, still unpaid');
    await expect(workspace.matching).toHaveText(`${chosen.length} bills match`);
    await workspace.selectAll.click();
    // Select all takes every bill that matches, beyond the rows on screen.
    expect(await workspace.rows.count()).toBeLessThan(chosen.length);
    await workspace.page.getByRole('button', { name: `Review ${chosen.length} bills` }).click();

    const review = new ReviewPage(workspace.page);
    await expect(review.summary).toHaveText(`${byClient.size} envelopes with ${chosen.length} bills`);
    const expected = [...byClient].map(([clientId, bills]) => [
      clientId,
      billCount(bills.length),
      outstandingOf(bills),
    ]);
    const byId = (a: unknown[], b: unknown[]) => Number(a[0]) - Number(b[0]);
    expect((await review.headlines()).sort(byId)).toEqual(expected.sort(byId));

    // A client named like markup is listed by that name, as text.
    const contacts = await control.contacts();
    const hostile = contacts.find((contact) => byClient.has(contact.id) && contact.name.includes('<'));
    if (!hostile) throw new Error('The seed has no hostile client name among these bills');
    await expect(review.envelope(hostile.id).locator('button[aria-expanded]')).toHaveText(hostile.name);

    // A client with several bills: their message is changed, and kept across a reload.
    const [clientId, bills] = [...byClient].find(([, own]) => own.length > 1) as [number, SandboxBill[]];
    const client = contacts.find((contact) => contact.id === clientId)?.name ?? '';
    const template = 'Dear {client}, bills {bill_numbers} come to {total_outstanding}.';
    const filledFor = (own: SandboxBill[]) =>
      `Dear ${client}, bills ${numbersOf(own)} come to ${owedBy(own)}.`;
    const filled = filledFor(bills);
    let envelope = await review.open(clientId);
    const preview = envelope.locator('[data-preview-part="message"]');
    await envelope.getByLabel('Message').fill(template);
    await envelope.getByLabel('Message').press('Tab');
    // Saved and read back: the preview shows the new message.
    await expect(preview.first()).toHaveText(filled);
    await workspace.page.reload();
    envelope = await review.open(clientId);
    await expect(envelope.getByLabel('Message')).toHaveValue(template);

    // The preview is what Clio's dialog gets for each bill: placeholders filled, the name as text.
    await envelope.getByText('What Clio’s Send dialog will get, bill by bill').click();
    await expect(preview).toHaveText(bills.map(() => filled));
    await expect(workspace.page.locator('main img, main script')).toHaveCount(0);

    // Leaving a bill out changes the envelope's figures and the review's count.
    const [leftOut] = bills;
    if (!leftOut) throw new Error('no bill to leave out');
    const leaveOutButtons = await envelope.getByRole('button', { name: /^Leave out \d/ }).allTextContents();
    const at = leaveOutButtons.indexOf(`Leave out ${leftOut.number}`);
    const focusGoesTo = leaveOutButtons[at + 1] ?? leaveOutButtons[at - 1];
    await envelope.getByRole('button', { name: `Leave out ${leftOut.number}` }).click();
    const rest = bills.filter((bill) => bill !== leftOut);
    // The focus moves to the next bill's button, not to the top of the page with the row gone.
    if (focusGoesTo) await expect(workspace.page.locator(':focus')).toHaveText(focusGoesTo);
    else await expect(envelope.locator('button[aria-expanded]')).toBeFocused();
    await expect(review.summary).toHaveText(`${byClient.size} envelopes with ${chosen.length - 1} bills`);
    await expect(envelope.locator('[data-figure="outstanding"]')).toHaveText(outstandingOf(rest));

    // Send all: Clio's dialog gets each bill once, with its envelope's channel, subject and message.
    const sending = chosen.filter((bill) => bill !== leftOut);
    const owner = (bill: SandboxBill) => contacts.find((contact) => contact.id === bill.clientId);
    const envelopeOf = (bill: SandboxBill) => sending.filter((other) => other.clientId === bill.clientId);
    const sentFrom = new Date().toISOString();
    await workspace.page
      .getByRole('button', { name: `Send all ${sending.length} bills through Clio` })
      .click();
    await expect(review.progress).toHaveText(
      `${sending.length} of ${sending.length} sent, ${sending.length} confirmed by Clio; 0 failed, 0 skipped, 0 left`,
      { timeout: 4 * 60_000 },
    );
    const sends = (await control.state()).sends;
    const ascending = (a: number, b: number) => a - b;
    expect(sends.map((send) => send.billId).sort(ascending)).toEqual(
      sending.map((bill) => bill.id).sort(ascending),
    );
    for (const send of sends) {
      const bill = sending.find((one) => one.id === send.billId) as SandboxBill;
      const own = envelopeOf(bill);
      const name = owner(bill)?.name ?? '';
      expect(send).toMatchObject({
        portal: true,
        email: Boolean(owner(bill)?.primary_email_address),
        subject: `Bills ${numbersOf(own)} for ${name}`,
      });
      if (bill.clientId === clientId) expect(send.message).toBe(filledFor(own));
      else {
        expect(send.message.startsWith(`Dear ${name},`)).toBe(true);
        expect(send.message).toContain(`Please find bills ${numbersOf(own)}: ${owedBy(own)} is outstanding`);
      }
    }
    const confirmed = (await control.bills()).filter(
      (bill) =>
        sending.some((one) => one.id === bill.id) &&
        (bill as SandboxBill).shared &&
        ((bill as SandboxBill).last_sent_at ?? '') >= sentFrom,
    );
    expect(confirmed).toHaveLength(sending.length);
  });
});
