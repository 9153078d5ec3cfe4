import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clioApi } from '@/lib/connection/clio-session';
import { db } from '@/lib/db/database';
import type { BillRecord } from '@/lib/db/records/bill';
import type { MailingItemRecord } from '@/lib/db/records/mailing-item';
import { withEnvelopeText } from '@/lib/mailing/envelope-fill';
import { notSent } from '@/lib/outbox/send-wording';
import { runSync } from '@/lib/sync/run-sync';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';
import { mailingItem } from '../../support/mailing-item';
import { invoiceAndTrustRequest, owedInDollars } from '../../support/owed-pair';

const POST_LINK = 'POST /api/v4/clio_payments/links';
const SUBJECT = 'Bills {bill_numbers}';
const MESSAGE = 'Dear {client},\n\nPay here:\n{payment_link}';

/** A bill of mailing `m` waiting its turn, its text still its envelope's templates. */
const waitingForLink = (bill: BillRecord, envelopeId: string, position: number) =>
  mailingItem(bill.id, {
    envelopeId,
    position,
    subject: SUBJECT,
    message: MESSAGE,
    textIsTemplate: true,
    balanceWhenChosen: bill.balance,
  });

describe('the payment link of an envelope being sent', () => {
  let clio: InProcessClio;
  let invoice: BillRecord;
  let trustRequest: BillRecord;
  let other: BillRecord;
  let seeded: Set<number>;

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    clio = await connectToInProcessClio({ size: 40 });
    await runSync();
    ({ invoice, trustRequest } = await invoiceAndTrustRequest());
    const another = (await owedInDollars()).find(
      (bill) => bill.clientId !== invoice.clientId && bill.kind === 'revenue_kind',
    );
    if (!another) throw new Error('The seed has no second client owing an invoice');
    other = another;
    await db.mailings.add({ id: 'm', state: 'sending', createdAt: 1, updatedAt: 1 });
    const envelope = (id: string, bills: BillRecord[], position: number) => ({
      id,
      mailingId: 'm',
      position,
      clientId: bills[0]?.clientId ?? null,
      clientName: bills[0]?.clientName ?? null,
      billIds: bills.map((bill) => bill.id),
      portal: true,
      email: false,
      subject: SUBJECT,
      message: MESSAGE,
      paymentLink: true,
    });
    await db.envelopes.bulkAdd([
      envelope('mixed', [invoice, trustRequest], 0),
      envelope('other', [other], 1),
    ]);
    await db.mailingItems.bulkAdd([
      waitingForLink(invoice, 'mixed', 0),
      waitingForLink(trustRequest, 'mixed', 1),
      waitingForLink(other, 'other', 2),
    ]);
    seeded = new Set((await clio.control.links()).map((link) => link.id));
    await clio.control.resetRequestCounters();
  });
  afterEach(() => clio.close());

  const newLinks = async () => (await clio.control.links()).filter((link) => !seeded.has(link.id));
  const posts = async () => (await clio.control.state()).requests.byPath[POST_LINK] ?? 0;
  const item = async (bill: BillRecord) => (await db.mailingItems.get(`m:${bill.id}`)) as MailingItemRecord;
  // As a run that has not checked these bills with Clio yet: the cache's figures.
  const fill = (one: MailingItemRecord) => withEnvelopeText(clioApi, one, () => undefined);

  it('is made once, before the first bill, and goes into every message of the envelope, trust on a link of its own', async () => {
    const first = await fill(await item(invoice));

    const made = await newLinks();
    expect(made.map((link) => [link.subject.id, link.amount])).toEqual([
      [invoice.id, invoice.balance / 100],
      [trustRequest.id, trustRequest.balance / 100],
    ]);
    // As Clio answered the extension: an address on Clio's own host.
    const [invoiceUrl, trustUrl] = (await db.paymentLinks.bulkGet(made.map((link) => link.id))).map(
      (link) => link?.url,
    );
    expect(invoiceUrl).toMatch(/^https:\/\/app\.clio\.com\/clio_payments\/pay\//);
    const message = `Dear ${invoice.clientName},\n\nPay here:\nInvoices: ${invoiceUrl}\nTrust request: ${trustUrl}`;
    expect(first).toMatchObject({ state: 'waiting', message });
    expect(first).toMatchObject({ subject: `Bills ${invoice.number} and ${trustRequest.number}` });
    expect(first.textIsTemplate).toBeUndefined();
    // The envelope's other bill has the same links; the other client's envelope waits for its own.
    expect(await item(trustRequest)).toMatchObject({ message, subject: first.subject });
    expect(await item(other)).toMatchObject({ message: MESSAGE, textIsTemplate: true });

    // The worker stopped after the links were made, before the text was written: the batch the
    // envelope names is read back, and no link is made twice.
    const posted = await posts();
    await db.mailingItems.update(`m:${trustRequest.id}`, { message: MESSAGE, textIsTemplate: true });
    expect(await fill(await item(trustRequest))).toMatchObject({ message });
    expect(await posts()).toBe(posted);
    expect(await newLinks()).toHaveLength(2);
  });

  it('that Clio will not make stops its envelope with the reason, not the others, and is asked for anew later', async () => {
    const active = (await clio.control.links()).filter((link) => link.active).length;
    await clio.control.setLinkLimits({ active });

    const failed = await fill(await item(invoice));

    expect(failed.state).toBe('failed');
    for (const bill of [invoice, trustRequest]) {
      const { state, problem } = await item(bill);
      expect(state).toBe('failed');
      expect(notSent(problem)).toMatch(/^Not sent: its envelope’s payment link could not be made\. \S/);
    }
    expect(await item(other)).toMatchObject({ state: 'waiting', problem: null });
    expect((await newLinks()).filter((link) => link.active)).toEqual([]);
    expect((await db.envelopes.get('mixed'))?.linkBatchId).toBeNull();

    // Sent again by the user's choice, once Clio allows it: a new batch, made this time.
    await clio.control.setLinkLimits({ active: null });
    await db.mailingItems.bulkUpdate(
      [invoice, trustRequest].map((bill) => ({
        key: `m:${bill.id}`,
        changes: { state: 'waiting', problem: null },
      })),
    );
    expect(await fill(await item(invoice))).toMatchObject({
      state: 'waiting',
      message: expect.stringContaining('Trust request: https://'),
    });
  });
});
