import { beforeEach, describe, expect, it } from 'vitest';
import { noFilter } from '@/lib/collections/bill-filter';
import type { SelectionQuery } from '@/lib/collections/query-bills';
import { db } from '@/lib/db/database';
import type { ContactRecord } from '@/lib/db/records/contact';
import { RemitError } from '@/lib/errors';
import { mailingHandlers } from '@/lib/mailing/handlers';
import { saveSettings } from '@/lib/settings/settings';
import { defaultSettings } from '@/lib/settings/settings-schema';
import { bill, daysAgo } from '../../support/cached-bill';

const sender = {};
const everyBill: SelectionQuery = { filter: noFilter, selection: { kind: 'all_matching', except: [] } };

function contact(id: number, name: string, email: string | null): ContactRecord {
  return { id, etag: '', name, type: 'Company', email, isClient: true, updatedAt: null };
}

async function review() {
  const { mailing: review } = await mailingHandlers.currentMailing({}, sender);
  if (!review) throw new Error('no review under way');
  return review;
}

beforeEach(() => Promise.all(db.tables.map((table) => table.clear())));

describe('reviewing chosen bills', () => {
  beforeEach(async () => {
    await db.contacts.bulkPut([contact(1, 'Blake LLP', 'ap@blake.test'), contact(2, 'Avery & Co', null)]);
    await db.bills.bulkPut([
      bill({
        id: 10,
        number: '10',
        clientId: 1,
        clientName: 'Blake LLP',
        dueAt: daysAgo(5),
        balance: 12_345,
      }),
      bill({ id: 11, number: '11', clientId: 1, clientName: 'Blake LLP', dueAt: daysAgo(40), balance: 100 }),
      bill({
        id: 20,
        number: '20',
        clientId: 2,
        clientName: 'Avery & Co',
        kind: 'trust_kind',
        balance: 50_000,
      }),
      bill({ id: 30, number: '30', clientId: null, clientName: null }),
      bill({ id: 40, number: '40', clientId: 3, clientName: 'Gone Client', state: 'paid', balance: 0 }),
    ]);
  });

  it('puts each client’s bills in one envelope, clients by name, oldest due first', async () => {
    await mailingHandlers.startReview(everyBill, sender);
    const { envelopes } = await review();
    expect(envelopes.map((envelope) => [envelope.clientName, envelope.bills.map((b) => b.id)])).toEqual([
      ['Avery & Co', [20]],
      ['Blake LLP', [11, 10]],
      ['Gone Client', [40]],
      [null, [30]],
    ]);
  });

  it('goes by email as well as the portal only where the client has an address', async () => {
    await mailingHandlers.startReview(everyBill, sender);
    const [avery, blake] = (await review()).envelopes;
    expect(avery).toMatchObject({ portal: true, email: false, emailAddress: null, warnings: [] });
    expect(blake).toMatchObject({ portal: true, email: true, emailAddress: 'ap@blake.test', warnings: [] });
  });

  it('starts each envelope with the firm’s subject and message', async () => {
    await saveSettings({ ...defaultSettings('en'), envelopeSubjectTemplate: 'Bills {bill_numbers}' });
    await mailingHandlers.startReview(everyBill, sender);
    const [avery] = (await review()).envelopes;
    expect(avery?.subject).toBe('Bills {bill_numbers}');
    expect(avery?.message).toBe(defaultSettings('en').envelopeMessageTemplate);
  });

  it('reviews only the chosen bills the filter lists', async () => {
    await mailingHandlers.startReview(
      { filter: { ...noFilter, search: 'blake' }, selection: { kind: 'bills', ids: [10, 20] } },
      sender,
    );
    expect((await review()).envelopes.map((envelope) => envelope.bills.map((b) => b.id))).toEqual([[10]]);
  });

  it('says what will not go as chosen', async () => {
    await db.bills.update(11, { state: 'draft' });
    await mailingHandlers.startReview(everyBill, sender);
    const envelope = (await review()).envelopes;
    const blake = envelope[1];
    expect(blake?.bills.map((b) => [b.id, b.warning])).toEqual([
      [11, 'outbox.draft'],
      [10, null],
    ]);
    expect(envelope[2]?.bills[0]?.warning).toBe('mailing.nothing_owed');
    expect(envelope[3]?.warnings).toEqual(['mailing.no_client']);

    await mailingHandlers.changeEnvelope(
      { envelopeId: envelope[0]?.id ?? '', portal: false, email: true },
      sender,
    );
    expect((await review()).envelopes[0]?.warnings).toEqual(['mailing.no_email_address']);
    await mailingHandlers.changeEnvelope({ envelopeId: envelope[0]?.id ?? '', email: false }, sender);
    expect((await review()).envelopes[0]?.warnings).toEqual(['mailing.no_channel']);
  });

  it('counts a bill gone from the cache since it was chosen, and leaves it out', async () => {
    await mailingHandlers.startReview(everyBill, sender);
    await db.bills.delete(11);
    const blake = (await review()).envelopes[1];
    expect(blake?.bills.map((b) => b.id)).toEqual([10]);
    expect(blake?.goneBills).toBe(1);
  });

  it('keeps each change, takes bills and envelopes out, and drops an envelope left empty', async () => {
    await mailingHandlers.startReview(everyBill, sender);
    const [avery, blake] = (await review()).envelopes;
    await mailingHandlers.changeEnvelope({ envelopeId: blake?.id ?? '', message: 'Hello {client}' }, sender);
    await mailingHandlers.leaveOut({ envelopeId: blake?.id ?? '', billId: 11 }, sender);
    await mailingHandlers.leaveOut({ envelopeId: avery?.id ?? '' }, sender);
    let envelopes = (await review()).envelopes;
    expect(envelopes.map((envelope) => envelope.clientName)).toEqual(['Blake LLP', 'Gone Client', null]);
    expect(envelopes[0]).toMatchObject({ message: 'Hello {client}', bills: [{ id: 10 }] });

    await mailingHandlers.leaveOut({ envelopeId: envelopes[0]?.id ?? '', billId: 10 }, sender);
    envelopes = (await review()).envelopes;
    expect(envelopes.map((envelope) => envelope.clientName)).toEqual(['Gone Client', null]);
  });

  it('plans the payment link asked for from the cache, one per kind of money, and gives it a line in the message', async () => {
    const account = (id: number, type: 'Operating' | 'Trust') => ({
      id,
      etag: '',
      name: `${type} account`,
      type,
      currencyCode: 'USD',
      clioPaymentsEnabled: true,
      isDefault: true,
      updatedAt: null,
    });
    await db.bankAccounts.bulkPut([account(1, 'Operating'), account(2, 'Trust')]);
    await mailingHandlers.startReview(everyBill, sender);
    const [avery, blake] = (await review()).envelopes;
    expect(blake).toMatchObject({ paymentLink: false, linkPlan: null });

    for (const envelope of [avery, blake])
      await mailingHandlers.changeEnvelope({ envelopeId: envelope?.id ?? '', paymentLink: true }, sender);
    // Asked for again, the link does not get a second line.
    await mailingHandlers.changeEnvelope({ envelopeId: blake?.id ?? '', paymentLink: false }, sender);
    await mailingHandlers.changeEnvelope({ envelopeId: blake?.id ?? '', paymentLink: true }, sender);

    const [averyNow, blakeNow] = (await review()).envelopes;
    expect(blakeNow?.message).toBe(`${blake?.message.trimEnd()}\n\nYou can pay online: {payment_link}`);
    // Clio applies a link's money oldest due first: bill 11 before bill 10.
    expect(blakeNow?.linkPlan).toEqual({
      links: [
        expect.objectContaining({
          purpose: 'invoices',
          account: { id: 1, name: 'Operating account' },
          amount: 12_445,
          settles: [
            expect.objectContaining({ billId: 11, applied: 100 }),
            expect.objectContaining({ billId: 10, applied: 12_345 }),
          ],
        }),
      ],
    });
    expect(averyNow?.linkPlan).toEqual({
      links: [
        expect.objectContaining({
          purpose: 'trust',
          account: { id: 2, name: 'Trust account' },
          amount: 50_000,
        }),
      ],
    });

    await db.bankAccounts.clear();
    expect((await review()).envelopes[1]?.linkPlan).toEqual({ problem: { key: 'links.payments_off' } });
  });

  it('replaces the review under way with a new one, and refuses changes to the old', async () => {
    await mailingHandlers.startReview(everyBill, sender);
    const old = await review();
    const { mailingId } = await mailingHandlers.startReview(
      { filter: noFilter, selection: { kind: 'bills', ids: [20] } },
      sender,
    );
    const current = await review();
    expect(current.mailingId).toBe(mailingId);
    expect(current.envelopes).toHaveLength(1);
    expect(await db.envelopes.count()).toBe(1);
    await expect(
      mailingHandlers.changeEnvelope({ envelopeId: old.envelopes[0]?.id ?? '', subject: 'x' }, sender),
    ).rejects.toMatchObject({ code: 'not_found', text: { key: 'mailing.envelope_gone' } });
  });

  it('refuses to review nothing, and forgets a discarded review', async () => {
    await expect(
      mailingHandlers.startReview({ filter: noFilter, selection: { kind: 'bills', ids: [] } }, sender),
    ).rejects.toBeInstanceOf(RemitError);
    const { mailingId } = await mailingHandlers.startReview(everyBill, sender);
    expect(await mailingHandlers.mailingState({}, sender)).toEqual({
      mailing: { state: 'review', pausedBecause: null, progress: null },
    });
    await mailingHandlers.discardReview({ mailingId }, sender);
    expect(await mailingHandlers.currentMailing({}, sender)).toEqual({ mailing: null });
    expect(await mailingHandlers.mailingState({}, sender)).toEqual({ mailing: null });
    expect(await db.envelopes.count()).toBe(0);
  });
});
