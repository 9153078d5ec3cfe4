import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noFilter } from '@/lib/collections/bill-filter';
import { connectedAccount } from '@/lib/connection/store';
import { db } from '@/lib/db/database';
import type { MailingItemRecord } from '@/lib/db/records/mailing-item';
import type { OutboxEntry } from '@/lib/db/records/outbox-entry';
import { addDays, localIsoDate } from '@/lib/format';
import { say } from '@/lib/i18n/text';
import { mailingHandlers } from '@/lib/mailing/handlers';
import { followResumeNotices } from '@/lib/mailing/resume-notice';
import {
  cancelMailing,
  resumeMailing,
  resumeMailings,
  runMailing,
  takeSendPressedAfterAll,
} from '@/lib/mailing/send-all';
import { sendDriverLoaded } from '@/lib/mailing/send-tab';
import { decimalToMinor, minorDigits } from '@/lib/money';
import { recordPressing } from '@/lib/outbox/send-outbox';
import { onSendPressedAfterAll } from '@/lib/outbox/settle-send';
import { quietClient, snoozeBill } from '@/lib/reminders/holds';
import { saveSettings } from '@/lib/settings/settings';
import { defaultSettings } from '@/lib/settings/settings-schema';
import { bill, daysAgo } from '../../support/cached-bill';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';
import { loopbackJson } from '../../support/loopback-https';
import { mailingItem } from '../../support/mailing-item';
import type { SandboxBill } from '../../support/sandbox-control';

const sender = {};

function send(id: string, fields: Partial<OutboxEntry>): OutboxEntry {
  return { id, kind: 'send', billId: 0, state: 'pressed', problem: null, ...fields } as OutboxEntry;
}

async function items() {
  return (await db.mailingItems.toArray()).map((one) => [one.billId, one.state, one.problem?.code ?? null]);
}

async function untilDone(mailingId: string) {
  for (let look = 0; look < 200; look += 1) {
    const state = (await db.mailings.get(mailingId))?.state;
    if (state === 'done' || state === 'paused') return state;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the run did not end');
}

/** Mailing `m`, sending, of one bill Clio has awaiting payment: that bill. */
async function sendingOneOwedBill(
  clio: InProcessClio,
  fields: Partial<MailingItemRecord> = {},
): Promise<SandboxBill> {
  const [owed] = (await clio.control.bills()).filter((one) => one.state === 'awaiting_payment');
  if (!owed) throw new Error('The seed has no owed bill');
  await db.mailings.add({ id: 'm', state: 'sending', createdAt: 1, updatedAt: 1 });
  await db.mailingItems.add(mailingItem(owed.id, fields));
  return owed;
}

beforeEach(() => Promise.all(db.tables.map((table) => table.clear())));

describe('a run the worker stopped', () => {
  it('is paused for the user, each bill taking what its send became: pressed is sent, never sent twice', async () => {
    fakeBrowser.reset();
    // The tabs the stopped run had open: the bill it was sending, and the next one, loaded ahead.
    const sendingTab = await fakeBrowser.tabs.create({ url: 'https://app.clio.com/nc/#/bills/2' });
    const aheadTab = await fakeBrowser.tabs.create({ url: 'https://app.clio.com/nc/#/bills/6' });
    await db.mailings.add({ id: 'm', state: 'sending', createdAt: 1, updatedAt: 1 });
    await db.outbox.bulkAdd([
      send('pressed', { billId: 1, state: 'pressed' }),
      send('dialog', { billId: 2, state: 'in_dialog' }),
      send('refused', { billId: 3, state: 'failed', problem: { code: 'clio_refused', clioMessage: 'No' } }),
      send('stopped', { billId: 5, state: 'failed', problem: { code: 'remit_stopped' } }),
    ]);
    await db.mailingItems.bulkAdd([
      mailingItem(1, { state: 'sending', sendId: 'pressed', attempts: 1 }),
      mailingItem(2, { state: 'sending', sendId: 'dialog', attempts: 1, tabId: sendingTab.id ?? null }),
      mailingItem(3, { state: 'sending', sendId: 'refused', attempts: 1 }),
      mailingItem(4, { state: 'sending', attempts: 1 }),
      mailingItem(5, { state: 'sending', sendId: 'stopped', attempts: 3 }),
      mailingItem(6, { tabId: aheadTab.id ?? null }),
    ]);

    await resumeMailings();
    // No one else would close them.
    const open = (await fakeBrowser.tabs.query({})).map((tab) => tab.id);
    expect(open).not.toContain(sendingTab.id);
    expect(open).not.toContain(aheadTab.id);

    expect((await db.mailings.get('m'))?.state).toBe('paused');
    expect(await items()).toEqual([
      [1, 'sent', null],
      // Never reached Send bill: it goes again when the user resumes.
      [2, 'waiting', null],
      [3, 'failed', 'clio_refused'],
      [4, 'waiting', null],
      // Tried as often as Remit tries: reported, for the user to send again.
      [5, 'failed', 'remit_stopped'],
      [6, 'waiting', null],
    ]);
  });
});

describe('a bill whose send Remit gave up, pressed by the user after all', () => {
  beforeAll(() => onSendPressedAfterAll(takeSendPressedAfterAll));

  it('is sent, whether it was waiting to go again or had failed, and does not go again', async () => {
    fakeBrowser.reset();
    await db.mailings.add({ id: 'm', state: 'sending', createdAt: 1, updatedAt: 1 });
    await db.outbox.bulkAdd([
      send('again', { billId: 2, state: 'failed', problem: { code: 'remit_stopped' }, confirmInBatch: true }),
      send('spent', { billId: 5, state: 'failed', problem: { code: 'remit_stopped' }, confirmInBatch: true }),
    ]);
    await db.mailingItems.bulkAdd([
      mailingItem(2, { state: 'sending', sendId: 'again', attempts: 1 }),
      mailingItem(5, { state: 'sending', sendId: 'spent', attempts: 3 }),
    ]);
    await resumeMailings();
    expect(await items()).toEqual([
      [2, 'waiting', null],
      [5, 'failed', 'remit_stopped'],
    ]);

    expect(await recordPressing('again', true)).toBe(true);
    expect(await recordPressing('spent', true)).toBe(true);

    expect(await items()).toEqual([
      [2, 'sent', null],
      [5, 'sent', null],
    ]);
    expect((await db.mailingItems.toArray()).map((item) => item.sendId)).toEqual(['again', 'spent']);
  });

  it('is sent at its turn when the run did not hear of the press (the worker stopped): no tab, no second send', async () => {
    fakeBrowser.reset();
    const clio = await connectToInProcessClio({ size: 40 });
    try {
      const owed = await sendingOneOwedBill(clio, { sendId: 'went', attempts: 1 });
      await db.outbox.add(send('went', { billId: owed.id, state: 'confirmed', createdAt: 1 }));
      const opened = vi.spyOn(fakeBrowser.tabs, 'create');

      await runMailing('m');

      expect(opened).not.toHaveBeenCalled();
      expect(await db.mailingItems.get(`m:${owed.id}`)).toMatchObject({ state: 'sent', sendId: 'went' });
      expect(await db.outbox.count()).toBe(1);
      expect((await clio.control.state()).sends).toEqual([]);
    } finally {
      await clio.close();
    }
  });
});

describe('cancelling a run', () => {
  it('leaves what was sent and cancels what was waiting; a finished run stays as it ended', async () => {
    await db.mailings.bulkAdd([
      { id: 'm', state: 'paused', createdAt: 1, updatedAt: 1 },
      { id: 'done', state: 'done', createdAt: 0, updatedAt: 0 },
    ]);
    await db.mailingItems.bulkAdd([
      mailingItem(1, { state: 'sent' }),
      mailingItem(2),
      mailingItem(3, { state: 'skipped', reason: 'outbox.draft' }),
      mailingItem(4, { id: 'done:4', mailingId: 'done' }),
    ]);
    await cancelMailing('m');
    await cancelMailing('done');
    expect((await db.mailings.get('m'))?.state).toBe('cancelled');
    expect((await db.mailings.get('done'))?.state).toBe('done');
    expect(await items()).toEqual([
      [4, 'waiting', null],
      [1, 'sent', null],
      [2, 'cancelled', null],
      [3, 'skipped', null],
    ]);
  });
});

describe('Send all', () => {
  it('keeps each envelope’s text to fill at its turn, skips what the review warned of, and waits while Clio is out of reach', async () => {
    await saveSettings({
      ...defaultSettings('en'),
      envelopeSubjectTemplate: 'Bills {bill_numbers}',
      envelopeMessageTemplate: '{client} owes {total_outstanding}',
    });
    await db.bills.bulkPut([
      bill({ id: 1, number: '1', clientId: 7, clientName: 'Blake', dueAt: daysAgo(9), balance: 1_050 }),
      bill({ id: 2, number: '2', clientId: 7, clientName: 'Blake', dueAt: daysAgo(3), balance: 2_000 }),
      bill({ id: 3, number: '3', clientId: 7, clientName: 'Blake', dueAt: daysAgo(1), state: 'draft' }),
      bill({ id: 4, number: '4', clientId: null, clientName: null }),
    ]);
    const { mailingId } = await mailingHandlers.startReview(
      { filter: noFilter, selection: { kind: 'all_matching', except: [] } },
      sender,
    );
    await mailingHandlers.sendAll({ mailingId }, sender);
    // Not connected to Clio: every bill would fail alike, so the run waits for the user, none tried.
    expect(await untilDone(mailingId)).toBe('paused');

    const stored = (await db.mailingItems.toArray()).sort((a, b) => a.position - b.position);
    expect(stored.map((one) => [one.billId, one.state, one.reason])).toEqual([
      [1, 'waiting', null],
      [2, 'waiting', null],
      [3, 'skipped', 'outbox.draft'],
      [4, 'skipped', 'mailing.no_client'],
    ]);
    // Filled at the envelope's turn, from the bills that go as Clio shows them then (envelope-fill).
    expect(stored[0]).toMatchObject({
      subject: 'Bills {bill_numbers}',
      message: '{client} owes {total_outstanding}',
      textIsTemplate: true,
      attempts: 0,
      problem: null,
    });
    await expect(mailingHandlers.sendAll({ mailingId }, sender)).rejects.toMatchObject({
      code: 'not_allowed',
    });

    const { mailing } = await mailingHandlers.currentMailing({}, sender);
    expect(mailing?.progress).toEqual({
      waiting: 2,
      sending: 0,
      sent: 0,
      confirmed: 0,
      failed: 0,
      skipped: 2,
      cancelled: 0,
    });
  });

  it('sends again, by the user’s choice, a bill Clio refused, even one it refused after the run moved on', async () => {
    await db.mailings.add({ id: 'm', state: 'done', createdAt: 1, updatedAt: 1 });
    await db.outbox.bulkAdd([
      send('late', { billId: 1, state: 'failed', problem: { code: 'clio_refused', clioMessage: 'No' } }),
      send('fine', { billId: 2, state: 'confirmed' }),
    ]);
    await db.mailingItems.bulkAdd([
      mailingItem(1, { state: 'sent', sendId: 'late', attempts: 1 }),
      mailingItem(2, { state: 'sent', sendId: 'fine', attempts: 1 }),
      mailingItem(3, { state: 'failed', problem: { code: 'tab_closed' }, attempts: 3 }),
    ]);
    const { mailing } = await mailingHandlers.currentMailing({}, sender);
    expect(mailing?.progress).toMatchObject({ sent: 1, confirmed: 1, failed: 2 });
    // The popup's smaller question gets the same progress.
    expect((await mailingHandlers.mailingState({}, sender)).mailing).toEqual({
      state: 'done',
      pausedBecause: null,
      progress: mailing?.progress,
    });

    await mailingHandlers.sendFailedAgain({ mailingId: 'm' }, sender);
    // Not connected: the run stops at the first bill, which waits with the others for the user.
    expect(await untilDone('m')).toBe('paused');
    expect(await items()).toEqual([
      [1, 'waiting', null],
      [2, 'sent', null],
      [3, 'waiting', null],
    ]);
  });
});

describe('the check with Clio before each bill’s turn', () => {
  let clio: InProcessClio;
  afterEach(() => clio.close());

  it('asks Clio once for the bills next in turn, and skips, before opening any tab, each paid, voided, changed or deleted since it was chosen', async () => {
    fakeBrowser.reset();
    clio = await connectToInProcessClio({ size: 40 });
    const owed = (await clio.control.bills())
      .filter((one) => one.state === 'awaiting_payment' && one.balance > 1)
      .slice(0, 4);
    if (owed.length < 4) throw new Error('The seed has too few owed bills');
    const [paid, voided, changed, deleted] = owed as [SandboxBill, SandboxBill, SandboxBill, SandboxBill];
    await db.mailings.add({ id: 'm', state: 'sending', createdAt: 1, updatedAt: 1 });
    await db.mailingItems.bulkAdd(
      owed.map((one, position) =>
        mailingItem(one.id, {
          position,
          balanceWhenChosen: decimalToMinor(String(one.balance), minorDigits(one.currency)),
        }),
      ),
    );
    await clio.control.payBill(paid.id, paid.balance);
    await clio.control.voidBill(voided.id);
    await clio.control.payBill(changed.id, 1);
    await clio.control.deleteBill(deleted.id);
    await loopbackJson(`${clio.sandbox.url}/__sandbox/requests/reset`, { method: 'POST' });
    const tabs = await fakeBrowser.tabs.query({});

    await runMailing('m');

    expect((await db.mailings.get('m'))?.state).toBe('done');
    const stored = (await db.mailingItems.toArray()).sort((a, b) => a.position - b.position);
    expect(stored.map((one) => [one.billId, one.state, one.reason])).toEqual([
      [paid.id, 'skipped', 'outbox.paid_since_chosen'],
      [voided.id, 'skipped', 'outbox.void'],
      [changed.id, 'skipped', 'outbox.changed_since_chosen'],
      [deleted.id, 'skipped', 'outbox.deleted'],
    ]);
    const { requests } = await loopbackJson<{ requests: { byPath: Record<string, number> } }>(
      `${clio.sandbox.url}/__sandbox/state`,
    );
    expect(Object.entries(requests.byPath).filter(([route]) => route.includes('/api/v4/'))).toEqual([
      ['GET /api/v4/bills', 1],
    ]);
    expect(await fakeBrowser.tabs.query({})).toEqual(tabs);
    // What the check read is in the cache: the workspace shows the bills as Clio has them now.
    expect((await db.bills.get(paid.id))?.state).toBe('paid');
  });
});

describe('reminders held back since the review began', () => {
  let clio: InProcessClio;
  afterEach(() => clio.close());

  it('are skipped as Send all starts, saying why: a client quieted, a bill snoozed', async () => {
    fakeBrowser.reset();
    clio = await connectToInProcessClio({ size: 10 });
    const today = localIsoDate();
    const overdue = { dueAt: addDays(today, -7), lastSentAt: `${addDays(today, -40)}T12:00:00Z` };
    await db.bills.bulkPut([
      bill({ id: 901, number: '901', clientId: 7, clientName: 'Blake', ...overdue }),
      bill({ id: 902, number: '902', clientId: 8, clientName: 'Casey', ...overdue }),
    ]);
    const { mailingId } = await mailingHandlers.startReview(
      {
        filter: { ...noFilter, queue: { name: 'reminders_due' } },
        selection: { kind: 'all_matching', except: [] },
      },
      sender,
    );
    const account = await connectedAccount();
    await quietClient(account, 7, true);
    await snoozeBill(account, 902, addDays(today, 7));

    await mailingHandlers.sendAll({ mailingId }, sender);

    expect(await untilDone(mailingId)).toBe('done');
    const stored = (await db.mailingItems.toArray()).sort((a, b) => a.position - b.position);
    expect(stored.map((one) => [one.billId, one.state, one.reason])).toEqual([
      [901, 'skipped', 'mailing.reminder_held_back'],
      [902, 'skipped', 'mailing.reminder_held_back'],
    ]);
    expect(await db.reminders.count()).toBe(0);
  });
});

describe('a run’s reminders, at each bill’s turn', () => {
  let clio: InProcessClio;
  afterEach(() => clio.close());

  it('go only while still due: not while the client pays it all online, once sent since, or once held back', async () => {
    fakeBrowser.reset();
    clio = await connectToInProcessClio({ size: 40 });
    const today = localIsoDate();
    const owed = (await clio.control.bills()).filter(
      (one) => one.state === 'awaiting_payment' && one.balance > 0,
    );
    const byClient = [...new Map(owed.map((one) => [one.clientId, one])).values()].slice(0, 4);
    if (byClient.length < 4) throw new Error('The seed has too few clients owing a bill');
    const [paying, sentSince, quieted, due] = byClient as [
      SandboxBill,
      SandboxBill,
      SandboxBill,
      SandboxBill,
    ];
    // Each was a reminder due today, 7 days past due, when the run began.
    for (const one of byClient)
      await clio.control.updateBill(one.id, {
        due_at: addDays(today, -7),
        last_sent_at: `${addDays(today, -40)}T12:00:00Z`,
      });
    await db.mailings.add({ id: 'm', state: 'sending', createdAt: 1, updatedAt: 1 });
    await db.mailingItems.bulkAdd(
      byClient.map((one, position) =>
        mailingItem(one.id, {
          position,
          subject: 'Bills {bill_numbers}',
          textIsTemplate: true,
          reminder: { stepId: 'after-7', stepDays: 7 },
          balanceWhenChosen: decimalToMinor(String(one.balance), minorDigits(one.currency)),
        }),
      ),
    );
    // Since then: a card payment of all of one is clearing, a colleague sent another, a client was quieted.
    await clio.control.updateBill(paying.id, { pending: paying.balance });
    await clio.control.updateBill(sentSince.id, { last_sent_at: new Date().toISOString() });
    await quietClient(await connectedAccount(), quieted.clientId, true);
    // The one still due has no tab to go to here: it is where the run would open one.
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('The browser is closing'));

    await runMailing('m');

    const stored = (await db.mailingItems.toArray()).sort((a, b) => a.position - b.position);
    expect(stored.map((one) => [one.billId, one.state, one.reason])).toEqual([
      [paying.id, 'skipped', 'mailing.reminder_paying_online'],
      [sentSince.id, 'skipped', 'mailing.reminder_no_longer_due'],
      [quieted.id, 'skipped', 'mailing.reminder_held_back'],
      [due.id, 'waiting', null],
    ]);
    // The envelope's text names only the reminder that goes.
    expect((await db.mailingItems.get(`m:${due.id}`))?.subject).toBe(`Bills ${due.number}`);
  });
});

describe('a run Remit pauses by itself', () => {
  let clio: InProcessClio;
  afterEach(() => clio.close());

  it('says why, whether Clio is out of reach or no longer takes the sign-in, and forgets it once resumed', async () => {
    fakeBrowser.reset();
    clio = await connectToInProcessClio({ size: 40 });
    await sendingOneOwedBill(clio);
    const pausedBecause = async () => {
      const { mailing } = await mailingHandlers.mailingState({}, sender);
      return mailing?.state === 'paused' && mailing.pausedBecause
        ? say(mailing.pausedBecause)
        : mailing?.state;
    };

    await clio.control.injectFaults([{ kind: '503', rate: 1, path: 'bills' }]);
    await runMailing('m');
    expect(await pausedBecause()).toBe('Remit could not reach Clio (HTTP 503). Cached figures are kept.');

    await clio.control.clearFaults();
    await clio.control.revokeTokens();
    await mailingHandlers.resumeMailing({ mailingId: 'm' }, sender);
    expect(await untilDone('m')).toBe('paused');
    expect(await pausedBecause()).toBe('Clio no longer accepts Remit’s sign-in. Reconnect to Clio.');
    // Paused by the user, it has nothing to explain.
    await db.mailings.update('m', { state: 'sending' });
    await mailingHandlers.pauseMailing({ mailingId: 'm' }, sender);
    expect(await pausedBecause()).toBe('paused');
  });
});

describe('a run whose browser opens no tab', () => {
  let clio: InProcessClio;
  afterEach(async () => {
    vi.restoreAllMocks();
    await clio.close();
  });

  it('stops without counting an attempt against the bill, as a quitting browser refuses new tabs', async () => {
    fakeBrowser.reset();
    clio = await connectToInProcessClio({ size: 40 });
    const owed = await sendingOneOwedBill(clio, { attempts: 1 });
    const opened = vi
      .spyOn(fakeBrowser.tabs, 'create')
      .mockRejectedValue(new Error('Browser is shutting down'));

    await runMailing('m');

    expect(opened).toHaveBeenCalledOnce();
    expect(await db.mailingItems.get(`m:${owed.id}`)).toMatchObject({ state: 'waiting', attempts: 1 });
    expect(await db.mailings.get('m')).toMatchObject({
      state: 'paused',
      pausedBecause: { key: 'mailing.stopped_unexpectedly' },
    });
  });
});

describe('a bill whose tab closed under its send', () => {
  let clio: InProcessClio;
  afterEach(async () => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    await clio.close();
  });

  /** Lets the run take every step it can without the clock: IndexedDB's and the run's own. */
  const settleWithoutClock = async () => {
    for (let turn = 0; turn < 200; turn += 1) await new Promise((resolve) => setImmediate(resolve));
  };

  it('goes again only after a few seconds, as a quitting browser would have stopped the worker by then; three times, then it failed', async () => {
    fakeBrowser.reset();
    clio = await connectToInProcessClio({ size: 40 });
    const owed = await sendingOneOwedBill(clio);
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    // Each page's driver says it is in, once the run knows the new tab's id.
    fakeBrowser.tabs.onCreated.addListener((tab) => {
      setImmediate(() => sendDriverLoaded(tab.id ?? -1));
    });
    // The tab is closed as the send asks it to fill Clio's dialog.
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number) => {
      await fakeBrowser.tabs.remove(tabId);
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    vi.useFakeTimers({ toFake: ['setTimeout'] });

    const run = runMailing('m');
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await vi.waitFor(async () =>
        expect(
          (await db.outbox.toArray()).filter((send) => send.problem?.code === 'tab_closed'),
        ).toHaveLength(attempt),
      );
      await settleWithoutClock();
      await vi.advanceTimersByTimeAsync(2_900);
      // Not tried again yet: a worker the browser stops now leaves the bill to the restart as it is.
      expect(opened).toHaveBeenCalledTimes(attempt);
      expect(await db.mailingItems.get(`m:${owed.id}`)).toMatchObject({
        state: 'sending',
        attempts: attempt,
      });
      await vi.advanceTimersByTimeAsync(200);
    }
    await run;

    expect(opened).toHaveBeenCalledTimes(3);
    expect(await db.mailingItems.get(`m:${owed.id}`)).toMatchObject({
      state: 'failed',
      attempts: 3,
      problem: { code: 'tab_closed' },
    });
    expect((await db.mailings.get('m'))?.state).toBe('done');
  });
});

describe('a run stopped by an error Remit did not expect', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('is paused with that error only if the worker is still there a few seconds later, as a quitting browser would not be', async () => {
    fakeBrowser.reset();
    await db.mailings.add({ id: 'm', state: 'sending', createdAt: 1, updatedAt: 1 });
    await db.mailingItems.add(mailingItem(1));
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    vi.spyOn(db.mailings, 'get').mockRejectedValueOnce(new Error('The browser is closing'));

    const run = runMailing('m');
    await vi.advanceTimersByTimeAsync(2_900);
    // A worker the browser stops now leaves the run sending, for the restart to report.
    expect((await db.mailings.get('m'))?.state).toBe('sending');
    await vi.advanceTimersByTimeAsync(200);
    await run;
    expect(await db.mailings.get('m')).toMatchObject({
      state: 'paused',
      pausedBecause: { key: 'mailing.stopped_unexpectedly' },
    });
  });
});

describe('a run a restart stopped', () => {
  let clio: InProcessClio | undefined;
  afterEach(async () => {
    await clio?.close();
    clio = undefined;
  });

  it('asks before going on, with the bills left; Resume from the notice goes on, and the notice goes', async () => {
    fakeBrowser.reset();
    clio = await connectToInProcessClio({ size: 40 });
    followResumeNotices(resumeMailing);
    const paid = (await clio.control.bills())
      .filter((one) => one.state === 'awaiting_payment' && one.balance > 0)
      .slice(0, 2);
    await db.mailings.add({ id: 'm', state: 'sending', createdAt: 1, updatedAt: 1 });
    await db.mailingItems.bulkAdd([
      mailingItem(1, { state: 'sent' }),
      ...paid.map((one) => mailingItem(one.id)),
    ]);
    for (const one of paid) await clio.control.payBill(one.id, one.balance);

    await resumeMailings();

    expect((await db.mailings.get('m'))?.pausedBecause).toEqual({ key: 'mailing.paused_by_restart' });
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({
      'remit-mailing-m': expect.objectContaining({
        title: 'Send all is paused',
        message:
          '2 bills are still to send. The browser or Remit restarted mid-run: nothing more goes until you resume.',
        buttons: [{ title: 'Resume' }, { title: 'Look first' }],
        requireInteraction: true,
      }),
    });

    await fakeBrowser.notifications.onButtonClicked.trigger('remit-mailing-m', 0);
    // Resumed: the bills paid meanwhile are checked with Clio and skipped, and the run ends.
    expect(await untilDone('m')).toBe('done');
    expect(await items()).toEqual([
      [1, 'sent', null],
      [paid[0]?.id, 'skipped', null],
      [paid[1]?.id, 'skipped', null],
    ]);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('opens the run in the workspace to look at first, and asks nothing when no bill is left', async () => {
    fakeBrowser.reset();
    followResumeNotices(resumeMailing);
    await db.mailings.bulkAdd([
      { id: 'm', state: 'sending', createdAt: 1, updatedAt: 1 },
      { id: 'over', state: 'sending', createdAt: 0, updatedAt: 0 },
    ]);
    await db.mailingItems.bulkAdd([
      mailingItem(1),
      mailingItem(2, { id: 'over:2', mailingId: 'over', state: 'sent' }),
    ]);

    await resumeMailings();
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual(['remit-mailing-m']);

    await fakeBrowser.notifications.onClicked.trigger('remit-mailing-m');
    const opened = await fakeBrowser.tabs.query({});
    expect(opened.map((tab) => tab.url)).toContain(
      'chrome-extension://test-extension-id/collections.html#review',
    );
    expect((await db.mailings.get('m'))?.state).toBe('paused');
  });
});
