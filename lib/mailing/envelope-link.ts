import type { ClioApi } from '../clio/api';
import { db } from '../db/database';
import type { BankAccountRecord } from '../db/records/bank-account';
import type { BillRecord } from '../db/records/bill';
import type { EnvelopeRecord } from '../db/records/envelope';
import type { MailingItemRecord } from '../db/records/mailing-item';
import { RemitError } from '../errors';
import type { Text } from '../i18n/text';
import { whyNotSent } from '../outbox/sendable';
import { linksOfBatch, madeLinks, makeLinks } from '../payment-links/create-links';
import { cachedSelection, freshSelection } from '../payment-links/fresh-selection';
import { purposeOf } from '../payment-links/link-accounts';
import { DEFAULT_LINK_DAYS } from '../payment-links/link-duration';
import { type PlannedLink, planLinks, whyNotPayable } from '../payment-links/link-plan';
import { loadSettings } from '../settings/settings';
import { chosenAs } from './chosen-as';
import { type BillsValues, type EnvelopeLink, fillEnvelopeText, paymentLinkText } from './envelope-text';

/** What a review shows of an envelope's payment links: what each would pay, or why none can be made. */
type EnvelopeLinkPlan = { links: PlannedLink[] } | { problem: Text };

/**
 * The links an envelope's bills need: one for what is owed on its invoices and one for its trust
 * requests (money never shares a link), each planned as a single link from the panel is.
 */
function planEnvelopeLinks(
  bills: readonly BillRecord[],
  clientUnpaid: readonly BillRecord[],
  accounts: readonly BankAccountRecord[],
): PlannedLink[] {
  const payable = bills.filter((bill) => whyNotPayable(bill) === null);
  if (payable.length === 0) throw new RemitError('not_allowed', 'mailing.link_nothing_to_pay');
  return (['invoices', 'trust'] as const).flatMap((purpose) => {
    const group = payable.filter((bill) => purposeOf(bill.kind) === purpose);
    return group.length === 0 ? [] : planLinks(group, clientUnpaid, accounts).links;
  });
}

/** The plan the review shows, from the cache, for the envelope's bills that go. */
export async function reviewLinkPlan(billIds: readonly number[]): Promise<EnvelopeLinkPlan> {
  try {
    const { selected, clientUnpaid, accounts } = await cachedSelection(billIds);
    return { links: planEnvelopeLinks(selected, clientUnpaid, accounts) };
  } catch (error) {
    if (error instanceof RemitError) return { problem: error.text };
    throw error;
  }
}

/**
 * Before an envelope's first bill goes: its payment links, made once, and every bill of it still
 * waiting for them given its subject and message. The batch's id is written on the envelope before
 * the first request, so a run resumed after a stop finishes that batch instead of making another.
 * A link that cannot be made stops the envelope, not the run: its bills fail with the reason. Returns
 * the item as it now stands; a sign-in problem is thrown, for the run to wait for the user.
 */
export async function withPaymentLinks(api: ClioApi, item: MailingItemRecord): Promise<MailingItemRecord> {
  const envelope = await db.envelopes.get(item.envelopeId);
  let links: EnvelopeLink[];
  try {
    if (!envelope) throw new RemitError('not_found', 'mailing.envelope_gone');
    links = await envelopeLinks(api, envelope);
  } catch (error) {
    if (error instanceof RemitError && (error.code === 'not_connected' || error.code === 'reconnect'))
      throw error;
    const reason: Text = error instanceof RemitError ? error.text : { key: 'links.lost_track' };
    await failEnvelope(item.mailingId, item.envelopeId, reason);
    return { ...item, state: 'failed' };
  }
  const linkText = paymentLinkText(links, (await loadSettings()).clientLanguage);
  await db.transaction('rw', db.mailingItems, async () => {
    const waiting = await awaitingLink(item.mailingId, item.envelopeId);
    await db.mailingItems.bulkUpdate(
      waiting.map((one) => {
        const values = { ...(one.valuesBeforeLink as BillsValues), payment_link: linkText };
        return {
          key: one.id,
          changes: {
            subject: fillEnvelopeText(one.subject, values),
            message: fillEnvelopeText(one.message, values),
            valuesBeforeLink: undefined,
          },
        };
      }),
    );
  });
  return (await db.mailingItems.get(item.id)) ?? item;
}

/**
 * The envelope's links as its message names them: the batch begun earlier, or a new one for the
 * bills still to go that a link can pay, as Clio has them now.
 */
async function envelopeLinks(api: ClioApi, envelope: EnvelopeRecord): Promise<EnvelopeLink[]> {
  const batchId = envelope.linkBatchId ?? crypto.randomUUID();
  let made = envelope.linkBatchId ? await linksOfBatch(api, batchId) : null;
  if (!made) {
    await db.envelopes.update(envelope.id, { linkBatchId: batchId });
    const items = await awaitingLink(envelope.mailingId, envelope.id);
    const { selected, clientUnpaid, accounts } = await freshSelection(
      api,
      items.map((one) => one.billId),
    );
    // A bill its turn will skip (paid, changed since it was chosen) is not asked for in the link.
    const going = selected.filter((bill) => {
      const one = items.find((candidate) => candidate.billId === bill.id);
      return one !== undefined && whyNotSent(bill, chosenAs(one)) === null;
    });
    await makeLinks(api, batchId, planEnvelopeLinks(going, clientUnpaid, accounts), DEFAULT_LINK_DAYS);
    made = await madeLinks(batchId);
  }
  return made.map(({ request, link }) => {
    // Only an address on Clio's own site goes to a client (see clio/safe-url).
    if (link.url === null) throw new RemitError('clio', 'mailing.link_no_address');
    return { purpose: request.purpose ?? 'invoices', currencyCode: request.currencyCode, url: link.url };
  });
}

/** The envelope's bills not sent yet whose text still waits for its link. */
function awaitingLink(mailingId: string, envelopeId: string): Promise<MailingItemRecord[]> {
  return db.mailingItems
    .where('[mailingId+state]')
    .equals([mailingId, 'waiting'])
    .filter((one) => one.envelopeId === envelopeId && one.valuesBeforeLink !== undefined)
    .toArray();
}

/**
 * The envelope's bills waiting for its link fail with the reason, and the batch is let go: sending
 * the failed again asks for new links.
 */
async function failEnvelope(mailingId: string, envelopeId: string, reason: Text): Promise<void> {
  await db.transaction('rw', db.envelopes, db.mailingItems, async () => {
    const waiting = await awaitingLink(mailingId, envelopeId);
    await db.mailingItems.bulkUpdate(
      waiting.map((one) => ({
        key: one.id,
        changes: {
          state: 'failed' as const,
          problem: { code: 'link_failed' as const, reason },
          updatedAt: Date.now(),
        },
      })),
    );
    await db.envelopes.update(envelopeId, { linkBatchId: null });
  });
}
