import { toBillRecord } from '../bills/bill-record';
import type { ClioBill } from '../clio/schemas';
import { clioApi } from '../connection/clio-session';
import { db } from '../db/database';
import type { OutboxEntry, SendState } from '../db/records';
import type { SendView } from '../messaging/protocol';
import { RemitError } from '../messaging/remit-error';
import { NoListenerError } from '../messaging/tab-messaging';
import { driveSendDialog } from './drive-in-tab';
import { whyNotSendable } from './sendable';

const unfinished: SendState[] = ['queued', 'in_dialog', 'submitted'];
const CONFIRM_ATTEMPTS = 12;
const CONFIRM_EVERY_MS = 1000;

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
  const running = await unfinishedSend(request.billId);
  if (running) return viewOf(running);
  const bill = await currentBill(request.billId);
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
    detail: null,
    createdAt: now,
    updatedAt: now,
  };
  // Checked again inside the write: two requests that crossed on the way both see only one send.
  const stored = await db.transaction('rw', db.outbox, async () => {
    const crossed = await unfinishedSend(request.billId);
    if (crossed) return crossed;
    await db.outbox.add(entry);
    return entry;
  });
  if (stored === entry) void performSend(entry.id);
  return viewOf(stored);
}

export async function latestSend(billId: number): Promise<SendView | null> {
  const entries = await db.outbox.where('billId').equals(billId).sortBy('createdAt');
  const latest = entries.at(-1);
  return latest ? viewOf(latest) : null;
}

/**
 * After the worker restarts: a send that had reached Clio's dialog is only confirmed, never sent
 * again; one that had not is reported as not sent, so the user can send it again knowingly.
 */
export async function resumeSends(): Promise<void> {
  const entries = await db.outbox.where('state').anyOf(unfinished).toArray();
  for (const entry of entries) {
    if (entry.state === 'queued') {
      await update(
        entry.id,
        'failed',
        'Remit stopped before opening Clio’s Send dialog: nothing was sent. Send again.',
      );
    } else {
      void performSend(entry.id);
    }
  }
}

const performing = new Set<string>();

async function performSend(id: string): Promise<void> {
  if (performing.has(id)) return;
  performing.add(id);
  try {
    const entry = await db.outbox.get(id);
    if (!entry) return;
    if (entry.state === 'queued') {
      // Written before the dialog is touched: from here on, this send is never performed again.
      await update(id, 'in_dialog', null);
      const outcome = await driveSendDialog(entry).catch((error: unknown) => ({
        outcome: 'failed' as const,
        reason: 'The Clio tab closed or reloaded during the send.',
        pressed: !(error instanceof NoListenerError),
      }));
      if (outcome.outcome === 'failed' && !outcome.pressed) {
        await update(id, 'failed', `${outcome.reason} Nothing was sent.`);
        return;
      }
      await update(id, 'submitted', outcome.outcome === 'failed' ? outcome.reason : null);
    }
    await confirm(entry);
  } catch (error) {
    await update(id, 'unconfirmed', messageOf(error));
  } finally {
    performing.delete(id);
  }
}

/** Asks Clio until the bill shows the send (a later `last_sent_at`, and shared when the portal was asked). */
async function confirm(entry: OutboxEntry): Promise<void> {
  for (let attempt = 1; attempt <= CONFIRM_ATTEMPTS; attempt += 1) {
    const bill = await currentBill(entry.billId);
    if (showsSend(bill, entry)) {
      await db.bills.put(toBillRecord(bill, Date.now()));
      await update(entry.id, 'confirmed', null);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, CONFIRM_EVERY_MS));
  }
  await update(
    entry.id,
    'unconfirmed',
    'Clio does not show this bill as sent. Check the bill in Clio before sending it again.',
  );
}

function showsSend(bill: ClioBill, entry: OutboxEntry): boolean {
  const sentAt = bill.last_sent_at ? Date.parse(bill.last_sent_at) : 0;
  const before = entry.before.lastSentAt ? Date.parse(entry.before.lastSentAt) : 0;
  return sentAt > before && (!entry.portal || bill.shared);
}

async function currentBill(billId: number): Promise<ClioBill> {
  const bill = await (await clioApi()).bill(billId);
  if (bill === 'unchanged') throw new RemitError('clio', 'Clio answered without the bill.');
  return bill;
}

async function unfinishedSend(billId: number): Promise<OutboxEntry | undefined> {
  return db.outbox
    .where('billId')
    .equals(billId)
    .filter((entry) => unfinished.includes(entry.state))
    .first();
}

async function update(id: string, state: SendState, detail: string | null): Promise<void> {
  await db.outbox.update(id, { state, detail, updatedAt: Date.now() });
}

function viewOf(entry: OutboxEntry): SendView {
  const { id, billId, state, portal, email, detail, updatedAt } = entry;
  return { id, billId, state, portal, email, detail, updatedAt };
}

function messageOf(error: unknown): string {
  const reason = error instanceof RemitError ? error.message : 'Remit lost track of the send.';
  return `${reason} Check the bill in Clio before sending it again.`;
}
