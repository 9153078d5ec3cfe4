import { clioApi } from '../connection/clio-session';
import { db } from '../db/database';
import type { OutboxEntry, SendState } from '../db/records';
import type { RequestOf, SendView } from '../messaging/protocol';
import { RemitError } from '../messaging/remit-error';
import { checkSoon } from './confirm-send';
import { askTabToSend } from './drive-in-tab';
import { isChecking, settle } from './send-state';
import { whyNotSendable } from './sendable';

/** A send still on its way: a second request for the bill joins it instead of sending again. */
const underWay: SendState[] = ['queued', 'in_dialog', 'pressed'];
/** How long a tab may fill Clio's dialog before Remit takes it that nothing will be pressed. */
const DIALOG_TIMEOUT_MS = 60_000;

export interface SendRequest {
  billId: number;
  portal: boolean;
  email: boolean;
  message: string;
}

/**
 * Records the user's request to send, then performs it. A second request for a bill whose send is
 * still under way (a double click, a second tab, the context menu) joins the first instead.
 */
export async function queueSend(
  request: SendRequest,
  tab: { tabId: number; frameId: number },
): Promise<SendView> {
  if (!request.portal && !request.email)
    throw new RemitError('invalid', 'Choose the client portal, email, or both.');
  const running = await sendUnderWay(request.billId);
  if (running) return viewOf(running);
  const bill = await (await clioApi()).bill(request.billId);
  if (bill === 'unchanged') throw new RemitError('clio', 'Clio answered without the bill.');
  const reason = whyNotSendable(bill.state);
  if (reason) throw new RemitError('not_allowed', reason);
  const now = Date.now();
  const entry: OutboxEntry = {
    id: crypto.randomUUID(),
    kind: 'send',
    ...request,
    state: 'queued',
    before: { shared: bill.shared, lastSentAt: bill.last_sent_at },
    tabId: tab.tabId,
    frameId: tab.frameId,
    problem: null,
    pressedAt: null,
    nextCheckAt: null,
    checks: 0,
    createdAt: now,
    updatedAt: now,
  };
  // Checked again inside the write: two requests that crossed on the way both see only one send.
  const stored = await db.transaction('rw', db.outbox, async () => {
    const crossed = await sendUnderWay(request.billId);
    if (crossed) return crossed;
    await db.outbox.add(entry);
    return entry;
  });
  if (stored === entry) void openDialog(entry);
  return viewOf(stored);
}

export async function latestSend(billId: number): Promise<SendView | null> {
  const entries = await db.outbox.where('billId').equals(billId).sortBy('createdAt');
  const latest = entries.at(-1);
  return latest ? viewOf(latest) : null;
}

/**
 * After the worker restarts: a send that had not reached Clio's Send bill button is reported as not
 * sent, so the user can send it again knowingly; one that had is only ever confirmed.
 */
export async function resumeSends(): Promise<void> {
  for (const entry of await db.outbox.where('state').anyOf(['queued', 'in_dialog']).toArray()) {
    await settle(entry.id, ['queued', 'in_dialog'], 'failed', {
      code: entry.state === 'queued' ? 'stopped_before_dialog' : 'tab_closed',
    });
  }
  for (const entry of await db.outbox.where('state').equals('pressed').toArray()) checkSoon(entry.id);
}

/**
 * Asks the tab to fill Clio's dialog. The state is `in_dialog` before the tab is asked, so the tab's
 * `sendPressing` always finds it; a tab that never answers, or closes, leaves the send not sent.
 */
async function openDialog(entry: OutboxEntry): Promise<void> {
  if (!(await settle(entry.id, ['queued'], 'in_dialog', null))) return;
  const started = await askTabToSend(entry).catch(() => false);
  if (!started) {
    await settle(entry.id, ['in_dialog'], 'failed', { code: 'tab_closed' });
    return;
  }
  setTimeout(() => void settle(entry.id, ['in_dialog'], 'failed', { code: 'tab_closed' }), DIALOG_TIMEOUT_MS);
}

/**
 * The tab is about to press Send bill. Written first, so that from here on no restart, reload or
 * second request ever presses it again; the answer is no when the send was given up meanwhile.
 */
export async function recordPressing(sendId: string): Promise<boolean> {
  const pressed = await settle(sendId, ['in_dialog'], 'pressed', null, { pressedAt: Date.now() });
  if (pressed) checkSoon(sendId);
  return pressed;
}

/** What the tab saw of Clio's dialog. */
export async function recordOutcome(
  sendId: string,
  outcome: RequestOf<'sendOutcome'>['outcome'],
): Promise<void> {
  switch (outcome.kind) {
    case 'submitted':
      // Clio closed its dialog: the check under way looks for the send in the API.
      checkSoon(sendId);
      return;
    case 'refused':
      await settle(sendId, ['pressed'], 'failed', { code: 'clio_refused', clioMessage: outcome.clioMessage });
      return;
    case 'not_pressed':
      await settle(sendId, ['in_dialog'], 'failed', outcome.problem);
  }
}

/**
 * The tab filling Clio's dialog for this send went away (closed, reloaded, left the bill): if it had
 * not pressed Send bill, nothing was sent; if it had, Clio is asked.
 */
export async function dialogTabGone(sendId: string): Promise<void> {
  await settle(sendId, ['in_dialog'], 'failed', { code: 'tab_closed' });
  const entry = await db.outbox.get(sendId);
  if (entry?.state === 'pressed') checkSoon(sendId);
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

async function sendUnderWay(billId: number): Promise<OutboxEntry | undefined> {
  return db.outbox
    .where('billId')
    .equals(billId)
    .filter((entry) => underWay.includes(entry.state))
    .first();
}

function viewOf(entry: OutboxEntry): SendView {
  const { id, billId, state, portal, email, problem, pressedAt, updatedAt } = entry;
  return { id, billId, state, portal, email, problem, pressedAt, updatedAt, checking: isChecking(entry) };
}
