import { Dexie } from 'dexie';
import { browser } from 'wxt/browser';
import { isOwed } from '../bills/owed';
import { billPageUrl } from '../clio/pages';
import { loadConnection } from '../connection/store';
import { db } from '../db/database';
import type { MailingState } from '../db/records/mailing';
import type { MailingItemRecord } from '../db/records/mailing-item';
import type { OutboxEntry } from '../db/records/outbox-entry';
import { RemitError } from '../errors';
import { queueSend } from '../outbox/send-outbox';
import { keepWorkerAlive } from '../worker-alive';
import { envelopeValues, fillEnvelopeText } from './envelope-text';
import { goesToClio } from './envelope-warnings';
import { currentMailing } from './review';

/** A send that never reached Send bill (its tab closed, the worker stopped) is asked for again this often at most. */
const MAX_ATTEMPTS = 3;
const LOOK_EVERY_MS = 500;
/** A bill's tab may take this long to load Clio, and its send this long to press Send bill or fail. */
const TAB_LOAD_MS = 30_000;
const SEND_MS = 120_000;

/** Mailings this worker is running: a second Resume joins the run under way. */
const running = new Set<string>();

/**
 * Send all: every bill of the review becomes an item, in order, with its envelope's subject and message
 * filled for that client; a bill the review warned about is skipped with the warning as its reason.
 * Written before the first send, so the run can be followed, paused and resumed from the database.
 */
export async function sendAll(mailingId: string): Promise<void> {
  const review = await currentMailing();
  if (review?.mailingId !== mailingId) throw new RemitError('not_allowed', 'mailing.not_in_review');
  const now = Date.now();
  const items: MailingItemRecord[] = [];
  for (const envelope of review.envelopes) {
    // The text names only the bills that go: one Clio will not send is not the client's to read about.
    const values = envelopeValues(envelope.clientName, envelope.bills.filter(goesToClio));
    const subject = fillEnvelopeText(envelope.subject, values);
    const message = fillEnvelopeText(envelope.message, values);
    // What stops the envelope (no one to send to, no way to reach them) stops each of its bills.
    const envelopeReason = envelope.warnings[0] ?? null;
    for (const bill of envelope.bills) {
      const reason = envelopeReason ?? (goesToClio(bill) ? null : bill.warning);
      items.push({
        id: `${mailingId}:${bill.id}`,
        mailingId,
        envelopeId: envelope.id,
        billId: bill.id,
        position: items.length,
        state: reason ? 'skipped' : 'waiting',
        portal: envelope.portal,
        email: envelope.email,
        subject,
        message,
        owedWhenChosen: isOwed(bill),
        sendId: null,
        tabId: null,
        attempts: 0,
        problem: null,
        reason,
        updatedAt: now,
      });
    }
  }
  await db.transaction('rw', db.mailings, db.mailingItems, async () => {
    const mailing = await db.mailings.get(mailingId);
    if (mailing?.state !== 'review') throw new RemitError('not_allowed', 'mailing.not_in_review');
    await db.mailingItems.bulkAdd(items);
    await db.mailings.update(mailingId, { state: 'sending', updatedAt: now });
  });
  void runMailing(mailingId);
}

export async function pauseMailing(mailingId: string): Promise<void> {
  await moveMailing(mailingId, ['sending'], 'paused');
}

export async function resumeMailing(mailingId: string): Promise<void> {
  if (await moveMailing(mailingId, ['paused'], 'sending')) void runMailing(mailingId);
}

/** Nothing more is sent; a bill already in Clio's dialog finishes, as a person's click would. */
export async function cancelMailing(mailingId: string): Promise<void> {
  await db.transaction('rw', db.mailings, db.mailingItems, async () => {
    if (!(await moveMailing(mailingId, ['sending', 'paused'], 'cancelled'))) return;
    await db.mailingItems
      .where('[mailingId+state]')
      .equals([mailingId, 'waiting'])
      .modify({ state: 'cancelled', updatedAt: Date.now() });
  });
}

/** The bills that failed go again, by the user's choice: none of them reached Send bill. */
export async function sendFailedAgain(mailingId: string): Promise<void> {
  const moved = await db.transaction('rw', db.mailings, db.mailingItems, async () => {
    const failed = await db.mailingItems.where('[mailingId+state]').equals([mailingId, 'failed']).count();
    if (failed === 0) return false;
    if (!(await moveMailing(mailingId, ['done', 'cancelled', 'paused'], 'sending'))) return false;
    await db.mailingItems
      .where('[mailingId+state]')
      .equals([mailingId, 'failed'])
      .modify({ state: 'waiting', attempts: 0, problem: null, sendId: null, updatedAt: Date.now() });
    return true;
  });
  if (moved) void runMailing(mailingId);
}

/**
 * After the worker restarts: a run it was doing is paused, for the user to resume knowingly, and the
 * bill it was sending takes what its send became (a send the outbox found not pressed goes again).
 */
export async function resumeMailings(): Promise<void> {
  const stopped = await db.mailings.where('state').equals('sending').primaryKeys();
  for (const mailingId of stopped) {
    await moveMailing(mailingId, ['sending'], 'paused');
    const sending = await db.mailingItems.where('[mailingId+state]').equals([mailingId, 'sending']).toArray();
    for (const item of sending) {
      // The tab the stopped worker opened has no one to close it.
      if (item.tabId !== null) await browser.tabs.remove(item.tabId).catch(() => undefined);
      await takeOutcome(item);
    }
  }
}

/** Sends the waiting bills one after another until none is left, or the user pauses or cancels. */
export async function runMailing(mailingId: string): Promise<void> {
  if (running.has(mailingId)) return;
  running.add(mailingId);
  const stopKeepingAlive = keepWorkerAlive();
  try {
    for (;;) {
      if ((await db.mailings.get(mailingId))?.state !== 'sending') return;
      const next = await db.mailingItems
        .where('[mailingId+position]')
        .between([mailingId, Dexie.minKey], [mailingId, Dexie.maxKey])
        .filter((item) => item.state === 'waiting')
        .first();
      if (!next) {
        await moveMailing(mailingId, ['sending'], 'done');
        return;
      }
      await sendItem(next);
    }
  } catch (error) {
    // Something Remit did not expect: the run stops where it is, for the user to resume.
    console.error('Remit: the mailing stopped', error);
    await moveMailing(mailingId, ['sending'], 'paused');
  } finally {
    running.delete(mailingId);
    stopKeepingAlive();
  }
}

/**
 * One bill: its own Clio tab, opened in the background, where the outbox drives Clio's Send dialog
 * exactly as for a send from the panel; the tab is closed once the send has pressed Send bill or failed.
 */
async function sendItem(item: MailingItemRecord): Promise<void> {
  const attempt = { ...item, state: 'sending' as const, attempts: item.attempts + 1 };
  // Written first: from here a restart takes this bill's send from the outbox, never asks again.
  await db.mailingItems.update(item.id, {
    state: attempt.state,
    attempts: attempt.attempts,
    updatedAt: Date.now(),
  });
  let tabId: number | undefined;
  try {
    tabId = await openBillTab(item.billId);
    await db.mailingItems.update(item.id, { tabId });
    const send = await queueSend(
      {
        billId: item.billId,
        portal: item.portal,
        email: item.email,
        subject: item.email ? item.subject : undefined,
        message: item.message,
        whileOwed: item.owedWhenChosen,
      },
      { tabId, frameId: 0 },
    );
    attempt.sendId = send.id;
    await db.mailingItems.update(item.id, { sendId: send.id });
    await untilSettled(send.id);
    await takeOutcome(attempt);
  } catch (error) {
    // Clio's refusal before any dialog is the bill's answer; anything else (its tab closed while
    // loading, say) left the send where the outbox has it, which decides.
    if (error instanceof RemitError) await db.mailingItems.update(item.id, refusal(error));
    else await takeOutcome(attempt);
  } finally {
    if (tabId !== undefined) {
      await browser.tabs.remove(tabId).catch(() => undefined);
      await db.mailingItems.update(item.id, { tabId: null });
    }
  }
}

/** Clio's answer before any dialog: a bill no longer sendable (paid, void) is skipped, with why. */
function refusal(error: RemitError): Partial<MailingItemRecord> {
  const updatedAt = Date.now();
  if (error.code === 'not_allowed') return { state: 'skipped', reason: error.text.key, updatedAt };
  return { state: 'failed', problem: { code: 'check_failed', reason: error.text }, updatedAt };
}

/** What the bill's send became: pressed is sent (the outbox confirms it), not pressed goes again or fails. */
async function takeOutcome(item: MailingItemRecord): Promise<void> {
  const entry: OutboxEntry | undefined = item.sendId ? await db.outbox.get(item.sendId) : undefined;
  const updatedAt = Date.now();
  if (entry === undefined || entry.state === 'queued' || entry.state === 'in_dialog') {
    // Never reached the dialog, or stopped inside it before Send bill: nothing was sent.
    await db.mailingItems.update(item.id, again(item, null, updatedAt));
  } else if (entry.state === 'failed') {
    const retry = entry.problem?.code === 'tab_closed' || entry.problem?.code === 'remit_stopped';
    await db.mailingItems.update(
      item.id,
      retry ? again(item, entry.problem, updatedAt) : { state: 'failed', problem: entry.problem, updatedAt },
    );
  } else {
    await db.mailingItems.update(item.id, { state: 'sent', problem: null, updatedAt });
  }
}

function again(
  item: MailingItemRecord,
  problem: MailingItemRecord['problem'],
  updatedAt: number,
): Partial<MailingItemRecord> {
  if (item.attempts >= MAX_ATTEMPTS)
    return { state: 'failed', problem: problem ?? { code: 'tab_closed' }, updatedAt };
  return { state: 'waiting', sendId: null, problem: null, updatedAt };
}

async function openBillTab(billId: number): Promise<number> {
  const connection = await loadConnection();
  if (!connection) throw new RemitError('not_connected', 'connection.reconnect');
  const tab = await browser.tabs.create({ url: billPageUrl(connection.region, billId), active: false });
  if (tab.id === undefined) throw new RemitError('invalid', 'common.clio_tabs_only');
  for (let waited = 0; waited < TAB_LOAD_MS; waited += LOOK_EVERY_MS) {
    if ((await browser.tabs.get(tab.id)).status === 'complete') return tab.id;
    await pause(LOOK_EVERY_MS);
  }
  return tab.id;
}

/**
 * Until Clio's dialog has answered the send: closed after Send bill, or refused it (the outbox then
 * marks it failed with Clio's words), or the send never got that far. The outbox moves it, in its tab.
 */
async function untilSettled(sendId: string): Promise<void> {
  for (let waited = 0; waited < SEND_MS; waited += LOOK_EVERY_MS) {
    const entry = await db.outbox.get(sendId);
    const answered = entry?.state === 'pressed' ? entry.submittedAt !== null : entry?.state !== 'in_dialog';
    if (entry && entry.state !== 'queued' && answered) return;
    await pause(LOOK_EVERY_MS);
  }
}

async function moveMailing(
  mailingId: string,
  from: readonly MailingState[],
  to: MailingState,
): Promise<boolean> {
  return db.transaction('rw', db.mailings, async () => {
    const mailing = await db.mailings.get(mailingId);
    if (!mailing || !from.includes(mailing.state)) return false;
    await db.mailings.update(mailingId, { state: to, updatedAt: Date.now() });
    return true;
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
