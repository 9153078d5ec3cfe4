import type { ClioApi } from '../clio/api';
import { db } from '../db/database';
import type { BillRecord } from '../db/records/bill';
import type { MailingItemRecord } from '../db/records/mailing-item';
import { reminderCheck } from '../reminders/reminders-today';
import { loadSettings } from '../settings/settings';
import { envelopeLinkText, failEnvelope } from './envelope-link';
import { asksForLink, envelopeValues, fillEnvelopeSubject, fillEnvelopeText } from './envelope-text';
import { textToFill } from './text-to-fill';
import { whyNotGoing } from './why-not-going';

/**
 * Before an envelope's first bill goes: the subject and message of each of its bills still waiting,
 * filled in one pass (a client named "{payment_link}" stays a name) for the bills that go, as Clio
 * showed them at the run's last check: one paid or changed since the review, which its turn will
 * skip, is neither named nor counted. With the envelope's payment link where its text asks for one.
 * Returns the item as it now stands (failed when its envelope's link could not be made); a sign-in
 * problem is thrown, for the run to wait for the user.
 */
export async function withEnvelopeText(
  api: () => Promise<ClioApi>,
  item: MailingItemRecord,
  checked: (billId: number) => BillRecord | undefined,
): Promise<MailingItemRecord> {
  const envelope = await db.envelopes.get(item.envelopeId);
  // Without its envelope no link can be made: a text that asks for one does not go without it.
  if (!envelope && asksForLink(item.subject, item.message)) {
    await failEnvelope(item.mailingId, item.envelopeId, { key: 'mailing.envelope_gone' });
    return { ...item, state: 'failed' };
  }
  const { clientLanguage } = await loadSettings();
  const waiting = await textToFill(item.mailingId, item.envelopeId);
  const going = await billsThatGo(waiting, checked);
  // The link asks for what the text names.
  const linkText =
    envelope?.paymentLink && asksForLink(item.subject, item.message)
      ? await envelopeLinkText(await api(), envelope, new Set(going.map((bill) => bill.id)), clientLanguage)
      : '';
  if (linkText === null) return { ...item, state: 'failed' };
  // An envelope gone leaves the client's name to its bills.
  const client = envelope ? envelope.clientName : (going[0]?.clientName ?? null);
  const values = { ...envelopeValues(client, going, clientLanguage), payment_link: linkText };
  await db.transaction('rw', db.mailingItems, async () => {
    // Only what still waits: a bill filled or gone its way meanwhile is left as it is.
    const still = new Set((await textToFill(item.mailingId, item.envelopeId)).map((one) => one.id));
    await db.mailingItems.bulkUpdate(
      waiting
        .filter((one) => still.has(one.id))
        .map((one) => ({
          key: one.id,
          changes: {
            subject: fillEnvelopeSubject(one.subject, values),
            message: fillEnvelopeText(one.message, values),
            textIsTemplate: undefined,
          },
        })),
    );
  });
  return (await db.mailingItems.get(item.id)) ?? item;
}

/**
 * The waiting bills that will go, in their order, by the test each one's turn applies: as the run
 * last checked them with Clio, or as the cache has them for one further on than a check reaches.
 */
async function billsThatGo(
  waiting: readonly MailingItemRecord[],
  checked: (billId: number) => BillRecord | undefined,
): Promise<BillRecord[]> {
  const ordered = [...waiting].sort((a, b) => a.position - b.position);
  const cached = await db.bills.bulkGet(ordered.map((one) => one.billId));
  const reminded = reminderCheck();
  const going: BillRecord[] = [];
  for (const [index, one] of ordered.entries()) {
    const bill = checked(one.billId) ?? cached[index];
    if (bill && (await whyNotGoing(one, bill, reminded)) === null) going.push(bill);
  }
  return going;
}
