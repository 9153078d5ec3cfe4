import type { ClioApi } from '../clio/api';
import { db } from '../db/database';
import type { BankAccountRecord } from '../db/records/bank-account';
import type { BillRecord } from '../db/records/bill';
import type { EnvelopeRecord } from '../db/records/envelope';
import { RemitError } from '../errors';
import type { Language } from '../i18n/languages';
import type { Text } from '../i18n/text';
import { whyNotSent } from '../outbox/sendable';
import { linksOfBatch, madeLinks, makeLinks } from '../payment-links/create-links';
import { cachedSelection, freshSelection } from '../payment-links/fresh-selection';
import { purposeOf } from '../payment-links/link-accounts';
import { DEFAULT_LINK_DAYS } from '../payment-links/link-duration';
import { type PlannedLink, planLinks, whyNotPayable } from '../payment-links/link-plan';
import { chosenAs } from './chosen-as';
import { type EnvelopeLink, paymentLinkText } from './envelope-text';
import { textToFill } from './text-to-fill';

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
 * `{payment_link}` for an envelope about to go: its links, made once, for its bills that go. The
 * batch's id is written on the envelope before the first request, so a run resumed after a stop
 * finishes that batch instead of making another. A link that cannot be made stops the envelope, not
 * the run: its bills fail with the reason, and the answer is null. A sign-in problem is thrown, for
 * the run to wait for the user.
 */
export async function envelopeLinkText(
  api: ClioApi,
  envelope: EnvelopeRecord,
  going: ReadonlySet<number>,
  language: Language,
): Promise<string | null> {
  try {
    return paymentLinkText(await envelopeLinks(api, envelope, going), language);
  } catch (error) {
    if (error instanceof RemitError && (error.code === 'not_connected' || error.code === 'reconnect'))
      throw error;
    const reason: Text = error instanceof RemitError ? error.text : { key: 'links.lost_track' };
    await failEnvelope(envelope.mailingId, envelope.id, reason);
    return null;
  }
}

/**
 * The envelope's links as its message names them: the batch begun earlier, or a new one for the
 * bills its text names (`going`) that a link can pay, as Clio has them now.
 */
async function envelopeLinks(
  api: ClioApi,
  envelope: EnvelopeRecord,
  going: ReadonlySet<number>,
): Promise<EnvelopeLink[]> {
  const batchId = envelope.linkBatchId ?? crypto.randomUUID();
  let made = envelope.linkBatchId ? await linksOfBatch(api, batchId) : null;
  if (!made) {
    await db.envelopes.update(envelope.id, { linkBatchId: batchId });
    const items = await textToFill(envelope.mailingId, envelope.id);
    const { selected, clientUnpaid, accounts } = await freshSelection(
      api,
      items.map((one) => one.billId),
    );
    // A bill its turn will skip (paid, changed since it was chosen) is not asked for in the link.
    const payable = selected.filter((bill) => {
      const one = items.find((candidate) => candidate.billId === bill.id);
      return going.has(bill.id) && one !== undefined && whyNotSent(bill, chosenAs(one)) === null;
    });
    await makeLinks(api, batchId, planEnvelopeLinks(payable, clientUnpaid, accounts), DEFAULT_LINK_DAYS);
    made = await madeLinks(batchId);
  }
  return made.map(({ request, link }) => {
    // Only an address on Clio's own site goes to a client (see clio/safe-url).
    if (link.url === null) throw new RemitError('clio', 'mailing.link_no_address');
    return { purpose: request.purpose ?? 'invoices', currencyCode: request.currencyCode, url: link.url };
  });
}

/**
 * The envelope's bills whose text waits fail with the reason, and the batch is let go: sending the
 * failed again asks for new links.
 */
export async function failEnvelope(mailingId: string, envelopeId: string, reason: Text): Promise<void> {
  await db.transaction('rw', db.envelopes, db.mailingItems, async () => {
    const waiting = await textToFill(mailingId, envelopeId);
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
