import { cachedBillTable } from '../collections/bill-cache';
import type { CollectionBill } from '../collections/collection-bill';
import { db } from '../db/database';
import type { EnvelopeRecord } from '../db/records/envelope';
import type { MailingRecord } from '../db/records/mailing';
import { RemitError } from '../errors';
import { publish } from '../messaging/publish';
import { loadSettings } from '../settings/settings';
import { billWarning, envelopeWarnings } from './envelope-warnings';
import { envelopesOf } from './envelopes';
import type { EnvelopeChange, ReviewBill, ReviewView } from './messages';

/**
 * Starts the review of the chosen bills: one envelope per client, written before the page shows it,
 * so nothing the user then edits depends on the page staying open. One review at a time: a new one
 * replaces the review not yet sent.
 */
export async function startReview(bills: readonly CollectionBill[]): Promise<string> {
  if (bills.length === 0) throw new RemitError('invalid', 'mailing.nothing_chosen');
  const settings = await loadSettings();
  const addresses = await emailAddresses(bills.map((bill) => bill.clientId));
  const now = Date.now();
  const mailing: MailingRecord = { id: crypto.randomUUID(), state: 'review', createdAt: now, updatedAt: now };
  const envelopes: EnvelopeRecord[] = envelopesOf(bills, (clientId) => addresses.get(clientId) ?? null, {
    subject: settings.envelopeSubjectTemplate,
    message: settings.envelopeMessageTemplate,
  }).map((envelope) => ({ ...envelope, id: crypto.randomUUID(), mailingId: mailing.id }));
  await db.transaction('rw', db.mailings, db.envelopes, async () => {
    await removeReviews();
    await db.mailings.add(mailing);
    await db.envelopes.bulkAdd(envelopes);
  });
  publish('mailings');
  return mailing.id;
}

/** The review under way with what the cache now knows of its bills and clients. */
export async function currentReview(): Promise<ReviewView | null> {
  const mailing = await db.mailings.where('state').equals('review').first();
  if (!mailing) return null;
  const envelopes = await db.envelopes.where('mailingId').equals(mailing.id).sortBy('position');
  const table = await cachedBillTable();
  const addresses = await emailAddresses(envelopes.map((envelope) => envelope.clientId));
  return {
    mailingId: mailing.id,
    createdAt: mailing.createdAt,
    envelopes: envelopes.map((envelope) => {
      const emailAddress = envelope.clientId === null ? null : (addresses.get(envelope.clientId) ?? null);
      const bills = envelope.billIds.flatMap((id) => {
        const bill = table.byId(id);
        return bill ? [reviewBill(bill)] : [];
      });
      return {
        id: envelope.id,
        clientId: envelope.clientId,
        clientName: envelope.clientName,
        emailAddress,
        portal: envelope.portal,
        email: envelope.email,
        subject: envelope.subject,
        message: envelope.message,
        bills,
        goneBills: envelope.billIds.length - bills.length,
        warnings: envelopeWarnings(envelope, emailAddress),
      };
    }),
  };
}

export async function changeEnvelope({ envelopeId, ...change }: EnvelopeChange): Promise<void> {
  await inReview(envelopeId, (envelope) => db.envelopes.update(envelope.id, change));
}

/** Takes a bill out of its envelope, or the whole envelope; an envelope left empty goes too. */
export async function leaveOut(envelopeId: string, billId?: number): Promise<void> {
  await inReview(envelopeId, async (envelope) => {
    const billIds = billId === undefined ? [] : envelope.billIds.filter((id) => id !== billId);
    if (billIds.length > 0) await db.envelopes.update(envelope.id, { billIds });
    else await db.envelopes.delete(envelope.id);
  });
}

export async function discardReview(mailingId: string): Promise<void> {
  await db.transaction('rw', db.mailings, db.envelopes, async () => {
    await db.envelopes.where('mailingId').equals(mailingId).delete();
    await db.mailings.delete(mailingId);
  });
  publish('mailings');
}

/** Changes an envelope of the review under way, in one transaction with the check that it still is. */
async function inReview(envelopeId: string, change: (envelope: EnvelopeRecord) => Promise<unknown>) {
  await db.transaction('rw', db.mailings, db.envelopes, async () => {
    const envelope = await db.envelopes.get(envelopeId);
    const mailing = envelope && (await db.mailings.get(envelope.mailingId));
    if (!envelope || mailing?.state !== 'review') throw new RemitError('not_found', 'mailing.envelope_gone');
    await change(envelope);
    await db.mailings.update(mailing.id, { updatedAt: Date.now() });
  });
  publish('mailings');
}

async function removeReviews(): Promise<void> {
  const ids = await db.mailings.where('state').equals('review').primaryKeys();
  await db.envelopes.where('mailingId').anyOf(ids).delete();
  await db.mailings.bulkDelete(ids);
}

/** Each client's email address, as the cache has it. */
async function emailAddresses(clientIds: readonly (number | null)[]): Promise<Map<number, string | null>> {
  const ids = [...new Set(clientIds.filter((id): id is number => id !== null))];
  const contacts = await db.contacts.bulkGet(ids);
  return new Map(ids.map((id, index) => [id, contacts[index]?.email?.trim() || null]));
}

function reviewBill(bill: CollectionBill): ReviewBill {
  return {
    id: bill.id,
    number: bill.number,
    state: bill.state,
    trust: bill.trust,
    currencyCode: bill.currencyCode,
    total: bill.total,
    balance: bill.balance,
    dueAt: bill.dueAt,
    warning: billWarning(bill),
  };
}
