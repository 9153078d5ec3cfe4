import { Dexie } from 'dexie';
import { cachedBillTable } from '../collections/bill-cache';
import type { CollectionBill } from '../collections/collection-bill';
import { db } from '../db/database';
import type { EnvelopeRecord } from '../db/records/envelope';
import type { MailingRecord, MailingState } from '../db/records/mailing';
import type { MailingItemRecord, MailingItemState } from '../db/records/mailing-item';
import type { OutboxEntry } from '../db/records/outbox-entry';
import type { ReminderMark } from '../db/records/reminder';
import { RemitError } from '../errors';
import { type Text, textIn } from '../i18n/text';
import { sendViewOf } from '../outbox/send-outbox';
import type { ReminderStep } from '../reminders/cadence';
import { loadSettings } from '../settings/settings';
import { placeholdersAsWritten } from '../settings/settings-schema';
import { reviewLinkPlan } from './envelope-link';
import { asksForLink } from './envelope-text';
import { billWarning, envelopeWarnings, goesToClio } from './envelope-warnings';
import { envelopesOf } from './envelopes';
import type { EnvelopeChange, MailingProgress, MailingView, ReviewBill } from './messages';
import { asReminder } from './reminder-envelope';

/**
 * Starts the review of the chosen bills: one envelope per client, written before the page shows it,
 * so nothing the user then edits depends on the page staying open. One mailing at a time: a new one
 * replaces a review not yet sent and a finished run's report, never a run still going or paused.
 */
export async function startReview(
  bills: readonly CollectionBill[],
  reminders: ReadonlyMap<number, ReminderStep> = new Map(),
): Promise<string> {
  if (bills.length === 0) throw new RemitError('invalid', 'mailing.nothing_chosen');
  const settings = await loadSettings();
  const addresses = await emailAddresses(bills.map((bill) => bill.clientId));
  const now = Date.now();
  const mailing: MailingRecord = { id: crypto.randomUUID(), state: 'review', createdAt: now, updatedAt: now };
  const envelopes: EnvelopeRecord[] = envelopesOf(bills, (clientId) => addresses.get(clientId) ?? null, {
    subject: settings.envelopeSubjectTemplate,
    message: settings.envelopeMessageTemplate,
  }).map((envelope) => ({
    ...asReminder(envelope, reminders, settings.clientLanguage),
    id: crypto.randomUUID(),
    mailingId: mailing.id,
  }));
  await db.transaction('rw', db.mailings, db.envelopes, db.mailingItems, async () => {
    if ((await db.mailings.where('state').anyOf(['sending', 'paused']).count()) > 0)
      throw new RemitError('not_allowed', 'mailing.run_under_way');
    await removeMailings(await db.mailings.toCollection().primaryKeys());
    await db.mailings.add(mailing);
    await db.envelopes.bulkAdd(envelopes);
  });
  return mailing.id;
}

/**
 * The latest mailing's state and, once it is sent, where its bills stand: without reading its
 * envelopes and bills. Null when there is none.
 */
export async function latestMailingState(): Promise<{
  state: MailingState;
  pausedBecause: Text | null;
  progress: MailingProgress | null;
} | null> {
  const mailing = await latestMailing();
  if (!mailing) return null;
  const pausedBecause = pausedBecauseOf(mailing);
  if (mailing.state === 'review') return { state: mailing.state, pausedBecause, progress: null };
  const { items, sends } = await itemsAndSends(mailing.id);
  return { state: mailing.state, pausedBecause, progress: progressOf(items, sends) };
}

/** Why Remit paused it, while it is paused. */
function pausedBecauseOf(mailing: MailingRecord): Text | null {
  return mailing.state === 'paused' ? (mailing.pausedBecause ?? null) : null;
}

/** A mailing's bills in order, and the outbox's sends of them. */
async function itemsAndSends(mailingId: string) {
  const items = await db.mailingItems
    .where('[mailingId+position]')
    .between([mailingId, Dexie.minKey], [mailingId, Dexie.maxKey])
    .toArray();
  const sendIds = items.flatMap((item) => (item.sendId ? [item.sendId] : []));
  const sends = new Map(
    (await db.outbox.bulkGet(sendIds)).flatMap((send) => (send ? [[send.id, send]] : [])),
  );
  return { items, sends };
}

function latestMailing(): Promise<MailingRecord | undefined> {
  return db.mailings.orderBy('createdAt').last();
}

/**
 * The mailing under review, being sent or just finished, with what the cache now knows of its bills
 * and clients, and where each bill's send stands.
 */
export async function currentMailing(): Promise<MailingView | null> {
  const mailing = await latestMailing();
  if (!mailing) return null;
  const envelopes = await db.envelopes.where('mailingId').equals(mailing.id).sortBy('position');
  const { items, sends } = await itemsAndSends(mailing.id);
  const itemOf = new Map(items.map((item) => [item.billId, item]));
  const table = await cachedBillTable();
  const addresses = await emailAddresses(envelopes.map((envelope) => envelope.clientId));
  return {
    mailingId: mailing.id,
    state: mailing.state,
    clientLanguage: (await loadSettings()).clientLanguage,
    pausedBecause: pausedBecauseOf(mailing),
    createdAt: mailing.createdAt,
    updatedAt: mailing.updatedAt,
    progress: mailing.state === 'review' ? null : progressOf(items, sends),
    envelopes: await Promise.all(
      envelopes.map(async (envelope) => {
        const emailAddress = envelope.clientId === null ? null : (addresses.get(envelope.clientId) ?? null);
        const bills = envelope.billIds.flatMap((id) => {
          const bill = table.byId(id);
          const item = itemOf.get(id);
          const send = item?.sendId ? sends.get(item.sendId) : undefined;
          return bill ? [reviewBill(bill, envelope.reminders?.[id] ?? null, item, send)] : [];
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
          paymentLink: envelope.paymentLink ?? false,
          // Planned only while the review can still change it: once sent, the links are made.
          linkPlan:
            envelope.paymentLink && mailing.state === 'review'
              ? await reviewLinkPlan(bills.filter(goesToClio).map((bill) => bill.id))
              : null,
          bills,
          goneBills: envelope.billIds.length - bills.length,
          warnings: envelopeWarnings(envelope, emailAddress),
        };
      }),
    ),
  };
}

/**
 * Saves what the user changed in an envelope. Asking for a payment link gives it a line at the end
 * of the message when neither the subject nor the message has a place for it yet.
 */
export async function changeEnvelope({ envelopeId, ...change }: EnvelopeChange): Promise<void> {
  const { clientLanguage } = await loadSettings();
  await inReview(envelopeId, (envelope) => {
    const changed = { ...envelope, ...change };
    if (change.paymentLink && !envelope.paymentLink && !asksForLink(changed.subject, changed.message)) {
      const line = textIn(
        clientLanguage,
        'mailing.payment_link_line',
        placeholdersAsWritten(['payment_link']),
      );
      change.message = `${changed.message.trimEnd()}\n\n${line}`;
    }
    return db.envelopes.update(envelope.id, change);
  });
}

/** Takes a bill out of its envelope, or the whole envelope; an envelope left empty goes too. */
export async function leaveOut(envelopeId: string, billId?: number): Promise<void> {
  await inReview(envelopeId, async (envelope) => {
    const billIds = billId === undefined ? [] : envelope.billIds.filter((id) => id !== billId);
    if (billIds.length > 0) await db.envelopes.update(envelope.id, { billIds });
    else await db.envelopes.delete(envelope.id);
  });
}

/** Drops a review, or a finished run's report (its sends stay in the outbox); never a run still going. */
export async function discardReview(mailingId: string): Promise<void> {
  await db.transaction('rw', db.mailings, db.envelopes, db.mailingItems, async () => {
    const mailing = await db.mailings.get(mailingId);
    if (mailing?.state === 'sending' || mailing?.state === 'paused')
      throw new RemitError('not_allowed', 'mailing.run_under_way');
    await removeMailings([mailingId]);
  });
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
}

async function removeMailings(ids: string[]): Promise<void> {
  await db.envelopes.where('mailingId').anyOf(ids).delete();
  for (const id of ids) {
    await db.mailingItems
      .where('[mailingId+position]')
      .between([id, Dexie.minKey], [id, Dexie.maxKey])
      .delete();
  }
  await db.mailings.bulkDelete(ids);
}

function progressOf(items: MailingItemRecord[], sends: Map<string, OutboxEntry>): MailingProgress {
  const progress: MailingProgress = {
    waiting: 0,
    sending: 0,
    sent: 0,
    confirmed: 0,
    failed: 0,
    skipped: 0,
    cancelled: 0,
  };
  for (const item of items) {
    const send = item.sendId ? sends.get(item.sendId) : undefined;
    progress[stateOf(item, send)] += 1;
    if (item.state === 'sent' && send?.state === 'confirmed') progress.confirmed += 1;
  }
  return progress;
}

/**
 * Where a bill of a run stands: its own step, except that a send Clio refused after the run moved on
 * (its dialog's answer came late) is failed, not sent.
 */
export function stateOf(item: MailingItemRecord, send: OutboxEntry | undefined): MailingItemState {
  return item.state === 'sent' && send?.state === 'failed' ? 'failed' : item.state;
}

/** Each client's email address, as the cache has it. */
async function emailAddresses(clientIds: readonly (number | null)[]): Promise<Map<number, string | null>> {
  const ids = [...new Set(clientIds.filter((id): id is number => id !== null))];
  const contacts = await db.contacts.bulkGet(ids);
  return new Map(ids.map((id, index) => [id, contacts[index]?.email?.trim() || null]));
}

function reviewBill(
  bill: CollectionBill,
  reminder: ReminderMark | null,
  item?: MailingItemRecord,
  send?: OutboxEntry,
): ReviewBill {
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
    reminder,
    sending: item
      ? {
          state: stateOf(item, send),
          reason: item.reason,
          problem: item.problem,
          send: send ? sendViewOf(send) : null,
        }
      : null,
  };
}
