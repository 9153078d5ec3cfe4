import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import type { BillRecord } from '@/lib/db/records/bill';
import { formatDate } from '@/lib/format';
import { localeOf } from '@/lib/i18n/text';
import { withEnvelopeText } from '@/lib/mailing/envelope-fill';
import { saveSettings } from '@/lib/settings/settings';
import { defaultSettings } from '@/lib/settings/settings-schema';
import { bill, daysAgo } from '../../support/cached-bill';
import { mailingItem } from '../../support/mailing-item';

const SUBJECT = 'Bills {bill_numbers}';
const MESSAGE = '{client} owes {total_outstanding}, due since {oldest_due_date}.';

/** Bill `one` of mailing `m`'s envelope `e`, waiting its turn with the envelope's templates. */
const waiting = (one: BillRecord, position: number) =>
  mailingItem(one.id, {
    position,
    email: true,
    subject: SUBJECT,
    message: MESSAGE,
    textIsTemplate: true,
    balanceWhenChosen: one.balance,
  });

/** No link is asked for: Clio is never called. */
const noClio = async () => {
  throw new Error('Clio was asked for a link the envelope does not want');
};

describe('an envelope’s text, filled at its first turn', () => {
  // A client whose name reads as a placeholder stays a name.
  const client = '{payment_link} {bill_numbers}';
  const first = bill({
    id: 1,
    number: '1',
    clientId: 7,
    clientName: client,
    balance: 1_050,
    dueAt: daysAgo(9),
  });
  const paidSince = bill({
    id: 2,
    number: '2',
    clientId: 7,
    clientName: client,
    balance: 2_000,
    dueAt: daysAgo(20),
  });
  const further = bill({
    id: 3,
    number: '3',
    clientId: 7,
    clientName: client,
    balance: 500,
    dueAt: daysAgo(3),
  });

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    await saveSettings(defaultSettings('en'));
    await db.bills.bulkPut([first, paidSince, further]);
    await db.envelopes.add({
      id: 'e',
      mailingId: 'm',
      position: 0,
      clientId: 7,
      clientName: client,
      billIds: [1, 2, 3],
      portal: true,
      email: true,
      subject: SUBJECT,
      message: MESSAGE,
    });
    await db.mailingItems.bulkAdd([waiting(first, 0), waiting(paidSince, 1), waiting(further, 2)]);
  });

  it('names and counts only the bills that go: one Clio shows paid since the review is left out', async () => {
    // As the run's check read them: bill 2 paid in Clio since; bill 3 is further on than the check.
    const checked = new Map([
      [1, first],
      [2, { ...paidSince, state: 'paid' as const, paid: 2_000, balance: 0 }],
    ]);

    const filled = await withEnvelopeText(noClio, waiting(first, 0), (id) => checked.get(id));

    const expected = {
      subject: 'Bills 1 and 3',
      // The oldest due date of what goes: bill 1's, not the paid bill's.
      message: `${client} owes $15.50, due since ${formatDate(daysAgo(9), localeOf('en'))}.`,
    };
    expect(filled).toMatchObject(expected);
    expect(filled.textIsTemplate).toBeUndefined();
    expect(await db.mailingItems.get('m:3')).toMatchObject(expected);
  });

  it('fills its own envelope’s bills only, and names the client from the bills once the envelope is gone', async () => {
    await db.mailingItems.add({ ...waiting(first, 3), id: 'm:other', envelopeId: 'other' });
    await db.envelopes.delete('e');

    const filled = await withEnvelopeText(noClio, waiting(first, 0), () => undefined);

    expect(filled.message).toContain(`${client} owes $35.50,`);
    expect(await db.mailingItems.get('m:other')).toMatchObject({ subject: SUBJECT, textIsTemplate: true });
  });
});
