import { toBillRecord } from '../bills/bill-record';
import { clioApi } from '../connection/clio-session';
import { db } from '../db/database';
import type { BillRecord } from '../db/records/bill';
import type { OutboxEntry, SendProblemCode } from '../db/records/outbox-entry';
import { RemitError } from '../errors';
import { keepWorkerAlive } from '../worker-alive';
import { FIRST_BATCH_LOOK_MS, watchBatchSends } from './confirm-batch';
import { checkNow, checkSoon, ensureConfirmAlarm } from './confirm-send';
import { askTabToSend } from './drive-in-tab';
import type { SendOutcome, SendView } from './messages';
import { isChecking, mayStillPress } from './send-phases';
import { type ChosenAs, whyNotSent } from './sendable';
import { sendPressedAfterAll, settle } from './settle-send';

/** How long a tab may fill Clio's dialog before Remit takes it that nothing will be pressed. */
const DIALOG_TIMEOUT_MS = 60_000;
const DIALOG_LOOK_EVERY_MS = 1000;

export interface SendRequest extends ChosenAs {
  billId: number;
  portal: boolean;
  email: boolean;
  subject?: string;
  message: string;
  /** Send although Clio does not yet show the last send of this bill: the user was told it may go twice. */
  sendAgain?: boolean;
  /** Part of a bulk run: confirmed with the run's other sends (see confirm-batch). */
  confirmInBatch?: boolean;
}

/** The bill as Clio showed it moments ago: what a send is decided on and later confirmed against. */
export type CheckedBill = Pick<BillRecord, 'state' | 'balance' | 'shared' | 'lastSentAt'>;

/**
 * Records the user's request to send, then performs it. A second request for a bill whose send may
 * still press Send bill (a double click, a second tab, the context menu) joins the first instead; one
 * made while Remit still looks in Clio for the last send is refused unless the user chose to send again.
 */
export async function queueSend(
  request: SendRequest,
  tab: { tabId: number; frameId: number },
  checked?: CheckedBill,
): Promise<SendView & { joined: boolean }> {
  const { sendAgain = false, whileOwed, whileBalance, ...send } = request;
  if (!send.portal && !send.email) throw new RemitError('invalid', 'outbox.choose_channel');
  const running = await latestEntry(send.billId);
  if (running && mayStillPress(running)) return { ...sendViewOf(running), joined: true };
  if (running?.state === 'unconfirmed' && isChecking(running) && !sendAgain) {
    throw new RemitError('not_allowed', 'outbox.still_checking');
  }
  // A bulk run, or the context menu, checked the bill with Clio just before; anyone else asks now.
  const bill = checked ?? (await billInClio(send.billId));
  const reason = whyNotSent(bill, { whileOwed, whileBalance });
  if (reason) throw new RemitError('not_allowed', reason);
  const now = Date.now();
  const entry: OutboxEntry = {
    id: crypto.randomUUID(),
    kind: 'send',
    ...send,
    state: 'queued',
    before: { shared: bill.shared, lastSentAt: bill.lastSentAt },
    tabId: tab.tabId,
    frameId: tab.frameId,
    problem: null,
    pressedAt: null,
    submittedAt: null,
    nextCheckAt: null,
    checks: 0,
    createdAt: now,
    updatedAt: now,
  };
  // Checked again inside the write: two requests that crossed on the way both see only one send.
  const stored = await db.transaction('rw', db.outbox, async () => {
    const crossed = await latestEntry(send.billId);
    if (crossed && mayStillPress(crossed)) return crossed;
    await db.outbox.add(entry);
    return entry;
  });
  if (stored === entry) void openDialog(entry);
  return { ...sendViewOf(stored), joined: stored !== entry };
}

/** The bill as Clio shows it now, asked for without the cache's tag so Clio answers it whole. */
export async function billInClio(billId: number): Promise<BillRecord> {
  const bill = await (await clioApi()).bill(billId);
  if (bill === 'unchanged') throw new RemitError('clio', 'clio.answer_without_bill');
  return toBillRecord(bill, Date.now());
}

export async function latestSend(billId: number): Promise<SendView | null> {
  const latest = await latestEntry(billId);
  return latest ? sendViewOf(latest) : null;
}

/**
 * After the worker restarts: a send that had not reached Send bill is reported as not sent, so the
 * user can send it again knowingly; one that had is only ever confirmed.
 */
export async function resumeSends(): Promise<void> {
  for (const entry of await db.outbox.where('state').anyOf(['queued', 'in_dialog']).toArray()) {
    await settle(entry.id, ['queued', 'in_dialog'], 'failed', { code: 'remit_stopped' });
  }
  for (const entry of await db.outbox.where('state').equals('pressed').toArray()) lookFor(entry);
  await ensureConfirmAlarm();
}

/**
 * Asks the tab to fill Clio's dialog. The state is `in_dialog` before the tab is asked, so the tab's
 * `sendPressing` always finds it; the worker is kept running until the tab presses or gives up, and a
 * tab that never answers leaves the send not sent.
 */
async function openDialog(entry: OutboxEntry): Promise<void> {
  if (!(await settle(entry.id, ['queued'], 'in_dialog', null))) return;
  const stopKeepingAlive = keepWorkerAlive();
  try {
    if (!(await askTabToSend(entry).catch(() => false))) {
      await settle(entry.id, ['in_dialog'], 'failed', { code: 'tab_closed' });
      return;
    }
    for (let waited = 0; waited < DIALOG_TIMEOUT_MS; waited += DIALOG_LOOK_EVERY_MS) {
      await new Promise((resolve) => setTimeout(resolve, DIALOG_LOOK_EVERY_MS));
      if ((await db.outbox.get(entry.id))?.state !== 'in_dialog') return;
    }
    await settle(entry.id, ['in_dialog'], 'failed', { code: 'tab_closed' });
  } finally {
    stopKeepingAlive();
  }
}

/**
 * The tab is about to press Send bill. Written first, so that from here on no restart, reload or
 * second request ever presses it again; the answer is no when the send was given up meanwhile.
 * `byUser`: the user pressed it already, which is the send even when Remit had given it up.
 */
export async function recordPressing(sendId: string, byUser = false): Promise<boolean> {
  const entry = await db.outbox.get(sendId);
  const pressed = await (byUser ? markPressedByUser : markPressed)(sendId, entry);
  if (pressed && entry) lookFor(entry);
  return pressed;
}

function markPressed(sendId: string, entry: OutboxEntry | undefined): Promise<boolean> {
  return settle(sendId, ['in_dialog'], 'pressed', null, pressTimes(entry));
}

/** Problems that say only that Remit stopped waiting for the tab to press Send bill. */
const GIVEN_UP: readonly SendProblemCode[] = ['tab_closed', 'remit_stopped'];

/**
 * Send bill pressed, not by Remit: Clio was asked to send the bill, so only Clio can say whether it
 * did, even when Remit had given the send up (its tab silent too long, or the worker restarted) while
 * the dialog stayed open in the user's tab. Decided in the write, as a restart may give it up just
 * before; a send given up after which the bill was asked to go again stays given up (the newer one is
 * the bill's send). Those who follow a run's bills hear of a send pressed after all.
 */
async function markPressedByUser(sendId: string, entry: OutboxEntry | undefined): Promise<boolean> {
  let givenUp = false;
  const pressed = await settle(
    sendId,
    ['in_dialog', 'failed'],
    'pressed',
    null,
    pressTimes(entry),
    async (now) => {
      if (now.state === 'in_dialog') return true;
      if (now.problem === null || !GIVEN_UP.includes(now.problem.code)) return false;
      givenUp = (await latestEntry(now.billId))?.id === now.id;
      return givenUp;
    },
  );
  if (pressed && givenUp) await sendPressedAfterAll(sendId);
  return pressed;
}

function pressTimes(entry: OutboxEntry | undefined): Pick<OutboxEntry, 'pressedAt' | 'nextCheckAt'> {
  const pressedAt = Date.now();
  return { pressedAt, nextCheckAt: entry?.confirmInBatch ? pressedAt + FIRST_BATCH_LOOK_MS : null };
}

/** Starts looking in Clio for a pressed send: by its own quick looks, or with its bulk run's. */
function lookFor(entry: OutboxEntry): void {
  if (entry.confirmInBatch) watchBatchSends();
  else checkSoon(entry.id);
}

/** What the tab saw of Clio's dialog. */
export async function recordOutcome(sendId: string, outcome: SendOutcome): Promise<void> {
  if (outcome.kind !== 'not_pressed') {
    // Send bill was pressed: by the user, when the send was not yet written as pressed (before
    // Remit's own press, or after Remit gave the send up). Only Clio can say whether that sent it.
    await markPressedByUser(sendId, await db.outbox.get(sendId));
  }
  switch (outcome.kind) {
    case 'submitted':
      // Clio closed its dialog: said so, and the checks under way look for the send in the API.
      await db.outbox.where('id').equals(sendId).and(isPressed).modify({ submittedAt: Date.now() });
      await lookForPressed(sendId);
      return;
    case 'no_answer':
      // Clio's dialog said nothing the tab could read: the checks alone decide.
      await lookForPressed(sendId);
      return;
    case 'refused':
      // Clio's own words say it did not send; one look at the bill makes sure nothing went out.
      if (await checkNow(sendId)) return;
      await settle(sendId, ['pressed'], 'failed', { code: 'clio_refused', clioMessage: outcome.clioMessage });
      return;
    case 'not_pressed':
      // The tab knows no one pressed Send bill, even after it said it would.
      await settle(sendId, ['in_dialog', 'pressed'], 'failed', outcome.problem);
  }
}

/**
 * The tab filling Clio's dialog for this send went away (closed, reloaded, left the bill): if it had
 * not pressed Send bill, nothing was sent; if it had, Clio is asked.
 */
export async function dialogTabGone(sendId: string): Promise<void> {
  await settle(sendId, ['in_dialog'], 'failed', { code: 'tab_closed' });
  await lookForPressed(sendId);
}

async function lookForPressed(sendId: string): Promise<void> {
  const entry = await db.outbox.get(sendId);
  if (entry?.state === 'pressed') lookFor(entry);
}

/** Whether the send that tab is filling is this one, about the bill the tab shows. */
export async function isSendOfTab(
  sendId: string,
  tabId: number,
  billId: number | undefined,
): Promise<boolean> {
  const entry = await db.outbox.get(sendId);
  return entry !== undefined && entry.tabId === tabId && entry.billId === billId;
}

async function latestEntry(billId: number): Promise<OutboxEntry | undefined> {
  return (await db.outbox.where('billId').equals(billId).sortBy('createdAt')).at(-1);
}

function isPressed(entry: OutboxEntry): boolean {
  return entry.state === 'pressed';
}

/** A send as pages show it. */
export function sendViewOf(entry: OutboxEntry): SendView {
  const { id, billId, state, portal, email, problem, pressedAt, submittedAt, updatedAt } = entry;
  return {
    id,
    billId,
    state,
    portal,
    email,
    problem,
    pressedAt,
    submittedAt,
    updatedAt,
    checking: isChecking(entry),
  };
}
