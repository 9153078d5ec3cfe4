import { Dexie } from 'dexie';
import { browser } from 'wxt/browser';
import { showLeftToSend } from '../badge/toolbar-badge';
import { isOwed } from '../bills/owed';
import { billPageUrl } from '../clio/pages';
import { clioApi } from '../connection/clio-session';
import { loadConnection } from '../connection/store';
import { db } from '../db/database';
import { nextWrite } from '../db/next-write';
import type { BillRecord } from '../db/records/bill';
import type { MailingState } from '../db/records/mailing';
import type { MailingItemRecord, MailingItemState } from '../db/records/mailing-item';
import type { OutboxEntry } from '../db/records/outbox-entry';
import { RemitError } from '../errors';
import type { Text } from '../i18n/text';
import { isTabOpen } from '../messaging/tab-messaging';
import { CLIO_ANSWER_MS } from '../outbox/clio-answer';
import { lookForBatchSendsNow } from '../outbox/confirm-batch';
import { queueSend } from '../outbox/send-outbox';
import { settle } from '../outbox/settle-send';
import { reminderRecordOf } from '../reminders/reminder-mark';
import { heldBackToday } from '../reminders/reminders-today';
import { showOverdueAgain } from '../summary/summary-store';
import { fetchRecords } from '../sync/fetch-records';
import { storeBills } from '../sync/store-bills';
import { keepWorkerAlive } from '../worker-alive';
import { chosenAs } from './chosen-as';
import { withEnvelopeText } from './envelope-fill';
import { goesToClio } from './envelope-warnings';
import { askToResume, clearResumeNotice } from './resume-notice';
import { currentMailing, stateOf } from './review';
import { SendTabs } from './send-tab';
import { whyNotGoing } from './why-not-going';

/** A send that never reached Send bill (its tab closed, the worker stopped) is asked for again this often at most. */
const MAX_ATTEMPTS = 3;
/** A send under way is looked at again after each write to the outbox, and at least this often. */
const LOOK_AGAIN_MS = 1_000;
/** The tab's own wait for Clio's answer to Send bill, and a moment for its report to arrive. */
const TAB_GIVES_UP_MS = CLIO_ANSWER_MS + 2_000;
/** A bill's send may take this long to press Send bill or fail. */
const SEND_MS = 120_000;
/** The bills next in turn are checked with Clio together, as many as one answer holds. */
const BILLS_PER_CHECK = 200;
/** A check older than this is made again before its bill goes (a run paused, then resumed). */
const CHECK_FRESH_MS = 5 * 60_000;
/**
 * A quitting browser closes the run's tabs and fails its calls, then stops the worker, within this
 * long: what a quit also causes (an unexpected error, a tab closed under a send) is acted on only by
 * a worker still running this long after, so a quit never costs a bill its attempts.
 */
const QUIT_GRACE_MS = 3000;

/** Bills of a run as Clio showed them when they were last checked, by bill id. */
type Checks = Map<number, { bill: BillRecord; at: number }>;

/** What a run keeps in memory: its checks with Clio and its Clio tabs. */
interface Run {
  checks: Checks;
  tabs: SendTabs;
}

/** Mailings this worker is running: a second Resume joins the run under way. */
const running = new Set<string>();

/**
 * Send all: every bill of the review becomes an item, in order, with its envelope's subject and message
 * to fill for that client at its turn; a bill the review warned about is skipped with the warning as
 * its reason. Written before the first send, so the run can be followed, paused and resumed from the
 * database.
 */
export async function sendAll(mailingId: string): Promise<void> {
  const review = await currentMailing();
  if (review?.mailingId !== mailingId || review.state !== 'review')
    throw new RemitError('not_allowed', 'mailing.not_in_review');
  const now = Date.now();
  const heldBack = await heldBackToday(now);
  const items: MailingItemRecord[] = [];
  for (const envelope of review.envelopes) {
    // What stops the envelope (no one to send to, no way to reach them) stops each of its bills.
    const envelopeReason = envelope.warnings[0] ?? null;
    for (const bill of envelope.bills) {
      const held = bill.reminder !== null && heldBack({ id: bill.id, clientId: envelope.clientId });
      const reason =
        envelopeReason ??
        (goesToClio(bill) ? null : bill.warning) ??
        (held ? 'mailing.reminder_held_back' : null);
      items.push({
        id: `${mailingId}:${bill.id}`,
        mailingId,
        envelopeId: envelope.id,
        billId: bill.id,
        position: items.length,
        state: reason ? 'skipped' : 'waiting',
        portal: envelope.portal,
        email: envelope.email,
        // Filled at the envelope's first turn, for the bills that go then (see envelope-fill).
        subject: envelope.subject,
        message: envelope.message,
        textIsTemplate: true,
        ...(bill.reminder ? { reminder: bill.reminder } : {}),
        owedWhenChosen: isOwed(bill),
        balanceWhenChosen: bill.balance,
        sendId: null,
        tabId: null,
        attempts: 0,
        problem: null,
        reason,
        updatedAt: now,
      });
    }
  }
  const started = await db.transaction('rw', db.mailings, db.mailingItems, async () => {
    const mailing = await db.mailings.get(mailingId);
    if (mailing?.state !== 'review') throw new RemitError('not_allowed', 'mailing.not_in_review');
    // An envelope changed since it was read (a save landing late, another window): read it again.
    if (mailing.updatedAt !== review.updatedAt) return false;
    await db.mailingItems.bulkAdd(items);
    await db.mailings.update(mailingId, { state: 'sending', updatedAt: now });
    return true;
  });
  if (started) void runMailing(mailingId);
  else await sendAll(mailingId);
}

export async function pauseMailing(mailingId: string): Promise<void> {
  await moveMailing(mailingId, ['sending'], 'paused');
}

export async function resumeMailing(mailingId: string): Promise<void> {
  await clearResumeNotice(mailingId);
  if (await moveMailing(mailingId, ['paused'], 'sending')) void runMailing(mailingId);
}

/** Nothing more is sent; a bill already in Clio's dialog finishes, as a person's click would. */
export async function cancelMailing(mailingId: string): Promise<void> {
  await clearResumeNotice(mailingId);
  await db.transaction('rw', db.mailings, db.mailingItems, async () => {
    if (!(await moveMailing(mailingId, ['sending', 'paused'], 'cancelled'))) return;
    await db.mailingItems
      .where('[mailingId+state]')
      .equals([mailingId, 'waiting'])
      .modify({ state: 'cancelled', updatedAt: Date.now() });
  });
}

/** The bills that failed go again, by the user's choice: Clio did not take any of them. */
export async function sendFailedAgain(mailingId: string): Promise<void> {
  const moved = await db.transaction('rw', db.mailings, db.mailingItems, db.outbox, async () => {
    const candidates = await db.mailingItems
      .where('[mailingId+state]')
      .anyOf([
        [mailingId, 'failed'],
        [mailingId, 'sent'],
      ])
      .toArray();
    const sends = await db.outbox.bulkGet(candidates.map((item) => item.sendId ?? ''));
    const failed = candidates.filter((item, index) => stateOf(item, sends[index]) === 'failed');
    if (failed.length === 0) return false;
    if (!(await moveMailing(mailingId, ['done', 'cancelled', 'paused'], 'sending'))) return false;
    await db.mailingItems.bulkUpdate(
      failed.map((item) => ({
        key: item.id,
        changes: { state: 'waiting', attempts: 0, problem: null, sendId: null, updatedAt: Date.now() },
      })),
    );
    return true;
  });
  if (moved) void runMailing(mailingId);
}

/**
 * After the worker restarts: a run it was doing is paused, for the user to resume knowingly, and the
 * bill it was sending takes what its send became (a send the outbox found not pressed goes again).
 */
export async function resumeMailings(): Promise<void> {
  const interrupted = await db.mailings.where('state').equals('sending').primaryKeys();
  for (const mailingId of interrupted) {
    await moveMailing(mailingId, ['sending'], 'paused', { key: 'mailing.paused_by_restart' });
    // A tab the stopped run loaded ahead for its next bill has no one to close it.
    for (const item of await db.mailingItems
      .where('[mailingId+state]')
      .equals([mailingId, 'waiting'])
      .and((waiting) => waiting.tabId !== null)
      .toArray()) {
      await closeTabOf(item);
    }
  }
  // Whatever its mailing became meanwhile (paused, cancelled), no bill stays half sent.
  for (const item of await db.mailingItems.where('state').equals('sending').toArray()) {
    await closeTabOf(item);
    await takeOutcome(item);
  }
  for (const mailingId of interrupted) {
    const left = await db.mailingItems.where('[mailingId+state]').equals([mailingId, 'waiting']).count();
    if (left > 0) await askToResume(mailingId, left);
  }
}

/** The tab a stopped worker opened for this bill: no one else will close it. */
async function closeTabOf(item: MailingItemRecord): Promise<void> {
  if (item.tabId === null) return;
  await browser.tabs.remove(item.tabId).catch(() => undefined);
  await db.mailingItems.update(item.id, { tabId: null });
}

/**
 * Sends the waiting bills one after another until none is left, or the user pauses or cancels. Each
 * bill is checked with Clio shortly before its turn, many in one request; the sends are then looked
 * for in Clio together, once the run stops.
 */
export async function runMailing(mailingId: string): Promise<void> {
  if (running.has(mailingId)) return;
  running.add(mailingId);
  const stopKeepingAlive = keepWorkerAlive();
  const run: Run = { checks: new Map(), tabs: new SendTabs() };
  let badgeShown: Promise<unknown> = Promise.resolve();
  try {
    for (;;) {
      if ((await db.mailings.get(mailingId))?.state !== 'sending') return;
      const next = await nextWaiting(mailingId, 1);
      if (!next[0]) {
        await moveMailing(mailingId, ['sending'], 'done');
        return;
      }
      // The badge only reports: the run does not wait for it, and a browser that will not paint it
      // does not stop the run.
      badgeShown = leftToSend(mailingId)
        .then(showLeftToSend)
        .catch(() => undefined);
      const check = run.checks.get(next[0].billId);
      if (check && check.at > Date.now() - CHECK_FRESH_MS) await sendItem(next[0], check.bill, run);
      else if (!(await checkAhead(mailingId, run.checks))) return;
    }
  } catch (error) {
    // Clio out of reach, or something Remit did not expect: the run stops where it is, saying why.
    console.error('Remit: the mailing stopped', error);
    // What Remit did not expect may be the browser quitting: a worker gone by the end of the grace
    // leaves the run to the restart.
    if (!(error instanceof RemitError)) await pause(QUIT_GRACE_MS);
    await pauseFor(mailingId, error);
  } finally {
    running.delete(mailingId);
    stopKeepingAlive();
    // The run's last count is shown before the badge goes back to the overdue bills, never after.
    await badgeShown;
    await showOverdueAgain();
    await run.tabs.close();
    await forgetTabs(mailingId);
    await lookForBatchSendsNow();
  }
}

/** The run's bills not sent yet: waiting their turn, or in Clio's dialog now. */
function leftToSend(mailingId: string): Promise<number> {
  return db.mailingItems
    .where('[mailingId+state]')
    .anyOf([
      [mailingId, 'waiting'],
      [mailingId, 'sending'],
    ])
    .count();
}

function nextWaiting(mailingId: string, count: number): Promise<MailingItemRecord[]> {
  return db.mailingItems
    .where('[mailingId+position]')
    .between([mailingId, Dexie.minKey], [mailingId, Dexie.maxKey])
    .filter((item) => item.state === 'waiting')
    .limit(count)
    .toArray();
}

/**
 * The bills next in turn, as Clio has them now, in one request: a bill paid, voided or changed since
 * it was chosen is then skipped by its send, and one gone from Clio is skipped here. False when Clio
 * cannot be asked without the user (not connected): the run is paused for them.
 */
async function checkAhead(mailingId: string, checks: Checks): Promise<boolean> {
  const items = await nextWaiting(mailingId, BILLS_PER_CHECK);
  let bills: BillRecord[];
  try {
    bills = await fetchRecords<BillRecord>(await clioApi(), 'bills', {
      'ids[]': items.map((item) => item.billId),
    });
  } catch (error) {
    if (!isSignInProblem(error)) throw error;
    await pauseFor(mailingId, error);
    return false;
  }
  await storeBills(bills);
  const at = Date.now();
  checks.clear();
  for (const bill of bills) checks.set(bill.id, { bill, at });
  const gone = items.filter((item) => !checks.has(item.billId));
  await db.mailingItems.bulkUpdate(
    gone.map((item) => ({
      key: item.id,
      changes: { state: 'skipped', reason: 'outbox.deleted', updatedAt: at },
    })),
  );
  return true;
}

function isSignInProblem(error: unknown): error is RemitError {
  return error instanceof RemitError && (error.code === 'not_connected' || error.code === 'reconnect');
}

/**
 * One bill: its page in a Clio tab of the run's, where the outbox drives Clio's Send dialog exactly
 * as for a send from the panel; the tab is closed once the send has pressed Send bill or failed.
 */
async function sendItem(chosen: MailingItemRecord, bill: BillRecord, run: Run): Promise<void> {
  // Its last send, given up, was pressed by the user after all, and the run did not hear of it (the
  // worker stopped in between): the bill went.
  const lastSend = chosen.sendId ? await db.outbox.get(chosen.sendId) : undefined;
  if (lastSend && wentToClio(lastSend)) {
    await takeOutcome(chosen);
    return;
  }
  const reason = await whyNotGoing(chosen, bill);
  if (reason) {
    // Decided before any tab opens: Clio showed it paid, voided or changed moments ago, or its
    // reminder is no longer due.
    await db.mailingItems.update(chosen.id, { state: 'skipped', reason, updatedAt: Date.now() });
    return;
  }
  const item = await withItsText(chosen, run.checks);
  if (item?.state !== 'waiting') return;
  const attempt: MailingItemRecord = { ...item, state: 'sending', attempts: item.attempts + 1, sendId: null };
  // Written first: from here a restart takes this bill's send from the outbox, never asks again.
  await db.mailingItems.update(item.id, {
    state: attempt.state,
    attempts: attempt.attempts,
    sendId: null,
    updatedAt: Date.now(),
  });
  let tabId: number;
  try {
    const shown = run.tabs.show(await billUrl(item.billId));
    // The next bill's page loads while this one's does and its dialog is filled.
    void loadNextAhead(item, run).catch(() => undefined);
    tabId = await shown;
  } catch (error) {
    // No tab for the bill (not connected, or a quitting browser opens none): the bill was not tried,
    // and no other bill can be; the run stops on the error.
    await untried(item);
    throw error;
  }
  try {
    await db.mailingItems.update(item.id, { tabId });
    const send = await queueSend(
      {
        billId: item.billId,
        portal: item.portal,
        email: item.email,
        // An empty subject leaves Clio's own.
        subject: item.email && item.subject.trim() !== '' ? item.subject : undefined,
        message: item.message,
        ...chosenAs(item),
        confirmInBatch: true,
      },
      { tabId, frameId: 0 },
      bill,
    );
    attempt.sendId = send.id;
    await db.mailingItems.update(item.id, { sendId: send.id });
    const settled = await untilSettled(send.id, tabId);
    // Its tab closed under it, by the user or a quitting browser: the bill goes again, after the grace.
    if (settled?.problem?.code === 'tab_closed') await pause(QUIT_GRACE_MS);
    // A send still short of Send bill by now is given up, so its tab can no longer press it.
    await settle(send.id, ['queued', 'in_dialog'], 'failed', { code: 'tab_closed' });
    await takeOutcome(attempt);
  } catch (error) {
    if (isSignInProblem(error)) {
      // Every bill would fail the same way: the run waits for the user to reconnect and resume.
      await untried(item);
      await pauseFor(item.mailingId, error);
    } else if (error instanceof RemitError) {
      // Clio's refusal before any dialog is the bill's answer.
      await db.mailingItems.update(item.id, refusal(error));
    } else {
      // Its tab closed while loading, say: the send is where the outbox has it, which decides.
      await takeOutcome(attempt);
    }
  } finally {
    // Not waited for: the next bill's page is already loading.
    void run.tabs.closeCurrent();
    await db.mailingItems.update(item.id, { tabId: null });
  }
}

/** The bill waits its turn again, its attempts as before this one began: nothing was tried. */
async function untried(item: MailingItemRecord): Promise<void> {
  await db.mailingItems.update(item.id, { state: 'waiting', attempts: item.attempts, updatedAt: Date.now() });
}

/**
 * The bill with its envelope's text filled, at the envelope's first turn; undefined when Clio needs
 * the user to sign in again (the run is then paused for them).
 */
async function withItsText(item: MailingItemRecord, checks: Checks): Promise<MailingItemRecord | undefined> {
  if (!item.textIsTemplate) return item;
  try {
    return await withEnvelopeText(clioApi, item, (billId) => checks.get(billId)?.bill);
  } catch (error) {
    if (!isSignInProblem(error)) throw error;
    await pauseFor(item.mailingId, error);
    return undefined;
  }
}

/**
 * While this bill's dialog is filled, the next bill that will go loads in a tab of its own, written
 * on it for a restarted worker to close. A bill its check says will not go is not loaded.
 */
async function loadNextAhead(item: MailingItemRecord, run: Run): Promise<void> {
  const [upcoming] = await db.mailingItems
    .where('[mailingId+position]')
    .between([item.mailingId, item.position + 1], [item.mailingId, Dexie.maxKey])
    .filter((candidate) => candidate.state === 'waiting')
    .limit(1)
    .toArray();
  const check = upcoming && run.checks.get(upcoming.billId);
  if (!upcoming || !check || (await whyNotGoing(upcoming, check.bill))) return;
  const tabId = await run.tabs.preload(await billUrl(upcoming.billId));
  await db.mailingItems.update(upcoming.id, { tabId });
}

/** The run's tabs are closed: no waiting bill keeps the id of a tab loaded ahead for it. */
async function forgetTabs(mailingId: string): Promise<void> {
  await db.mailingItems
    .where('[mailingId+state]')
    .equals([mailingId, 'waiting'])
    .and((item) => item.tabId !== null)
    .modify({ tabId: null });
}

/** Clio's answer before any dialog: a bill no longer sendable (paid, void) is skipped, with why. */
function refusal(error: RemitError): Partial<MailingItemRecord> {
  const updatedAt = Date.now();
  if (error.code === 'not_allowed') return { state: 'skipped', reason: error.text.key, updatedAt };
  return { state: 'failed', problem: { code: 'check_failed', reason: error.text }, updatedAt };
}

/** What the bill's send became: pressed is sent (the outbox confirms it), not pressed goes again or fails. */
async function takeOutcome(item: MailingItemRecord): Promise<void> {
  const entry = await sendOf(item);
  const updatedAt = Date.now();
  if (entry && wentToClio(entry)) {
    // Dated when Send bill was pressed: a run resumed the next day still dates it the day it went.
    const reminder = item.reminder
      ? await reminderRecordOf(item.reminder, entry, entry.pressedAt ?? updatedAt)
      : null;
    // The bill's step and its reminder are one: a reminder sent is never left out of the history.
    await db.transaction('rw', db.mailingItems, db.reminders, db.outbox, async () => {
      await db.mailingItems.update(item.id, { state: 'sent', sendId: entry.id, problem: null, updatedAt });
      if (!reminder) return;
      const settled = (await db.outbox.get(entry.id))?.state;
      await db.reminders.put({
        ...reminder,
        state: settled === 'confirmed' || settled === 'failed' ? settled : 'sent',
      });
    });
    return;
  }
  const problem = entry?.state === 'failed' ? entry.problem : null;
  // No send, or one its tab or the worker gave up before Send bill: nothing went, so it may go again.
  const retry = problem === null || problem.code === 'tab_closed' || problem.code === 'remit_stopped';
  const mailing = await db.mailings.get(item.mailingId);
  if (mailing?.state !== 'sending' && mailing?.state !== 'paused') {
    // Cancelled meanwhile: a bill that did not go stays not sent.
    await db.mailingItems.update(item.id, { state: 'cancelled', sendId: null, problem, updatedAt });
  } else if (!retry || item.attempts >= MAX_ATTEMPTS) {
    await db.mailingItems.update(item.id, {
      state: 'failed',
      problem: problem ?? { code: 'tab_closed' },
      updatedAt,
    });
  } else {
    // Never reached Send bill: nothing was sent, so it goes again. The send given up stays noted, in
    // case the user pressed it after all (see takeSendPressedAfterAll).
    await db.mailingItems.update(item.id, {
      state: 'waiting',
      sendId: entry?.id ?? null,
      problem: null,
      updatedAt,
    });
  }
}

/** Send bill was pressed: the outbox only confirms the send from here. */
function wentToClio(send: OutboxEntry): boolean {
  return send.state !== 'queued' && send.state !== 'in_dialog' && send.state !== 'failed';
}

/**
 * A send of a run's bill that Remit gave up (the bill waiting to go again, failed, or its run since
 * cancelled), pressed by the user after all, before its tab closed: that bill went, and is not sent
 * again.
 */
export async function takeSendPressedAfterAll(sendId: string): Promise<void> {
  const givenUp: readonly MailingItemState[] = ['waiting', 'failed', 'cancelled'];
  const items = await db.mailingItems
    .filter((item) => item.sendId === sendId && givenUp.includes(item.state))
    .toArray();
  for (const item of items) await takeOutcome(item);
}

/**
 * The bill's send in the outbox: by its id, or, when the worker stopped before writing it down, the
 * bill's send asked for since the item started sending.
 */
async function sendOf(item: MailingItemRecord): Promise<OutboxEntry | undefined> {
  if (item.sendId) return db.outbox.get(item.sendId);
  const sends = await db.outbox.where('billId').equals(item.billId).sortBy('createdAt');
  return sends.filter((send) => send.createdAt >= item.updatedAt).at(-1);
}

async function billUrl(billId: number): Promise<string> {
  const connection = await loadConnection();
  if (!connection) throw new RemitError('not_connected', 'connection.reconnect');
  return billPageUrl(connection.region, billId);
}

/**
 * Until Clio's dialog has answered the send: closed after Send bill, or refused it (the outbox then
 * marks it failed with Clio's words), or the send never got that far. The outbox moves it, in its tab.
 * A tab closed after Send bill, or a dialog silent for as long as its tab waits, will say no more: the
 * send is then looked for in Clio with the run's others, and the run goes on meanwhile. The send as
 * last read.
 */
async function untilSettled(sendId: string, tabId: number): Promise<OutboxEntry | undefined> {
  const deadline = Date.now() + SEND_MS;
  let entry: OutboxEntry | undefined;
  while (Date.now() < deadline) {
    const written = nextWrite(['outbox'], LOOK_AGAIN_MS);
    entry = await db.outbox.get(sendId);
    const answered =
      entry?.state === 'pressed'
        ? entry.submittedAt !== null || Date.now() > (entry.pressedAt ?? 0) + TAB_GIVES_UP_MS
        : entry?.state !== 'in_dialog';
    if (entry && entry.state !== 'queued' && answered) return entry;
    if (entry?.state === 'pressed' && !(await isTabOpen(tabId))) return entry;
    await written;
  }
  return entry;
}

/** Moves a mailing from one of `from` to `to`; `because` says why when Remit, not the user, paused it. */
async function moveMailing(
  mailingId: string,
  from: readonly MailingState[],
  to: MailingState,
  because: Text | null = null,
): Promise<boolean> {
  return db.transaction('rw', db.mailings, async () => {
    const mailing = await db.mailings.get(mailingId);
    if (!mailing || !from.includes(mailing.state)) return false;
    await db.mailings.update(mailingId, { state: to, pausedBecause: because, updatedAt: Date.now() });
    return true;
  });
}

/** Remit pauses a run it cannot go on with, saying why, for the user to resume once it can. */
function pauseFor(mailingId: string, error: unknown): Promise<boolean> {
  const because: Text = error instanceof RemitError ? error.text : { key: 'mailing.stopped_unexpectedly' };
  return moveMailing(mailingId, ['sending'], 'paused', because);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
