import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db/database';
import { reconcileSends } from '@/lib/outbox/confirm-send';
import {
  dialogTabGone,
  queueSend,
  recordOutcome,
  recordPressing,
  resumeSends,
} from '@/lib/outbox/send-outbox';
import { onBillsStored } from '@/lib/sync/store-bills';
import { clioWithUnsharedBill, type InProcessClio } from '../../support/in-process-clio';
import type { SandboxBill } from '../../support/sandbox-control';

// As the background wires them (entrypoints/background/sends.ts): bills read confirm the sends they show.
beforeAll(() => onBillsStored(reconcileSends));

// Taken before any test fakes the clock: Clio's answers arrive on real time.
const realSetTimeout = globalThis.setTimeout;
const realSleep = (ms: number) => new Promise((resolve) => realSetTimeout(resolve, ms));

const tab = { tabId: 7, frameId: 0 };
const request = (billId: number) => ({ billId, portal: true, email: false, message: 'Your bill' });

describe('the Clio tab that fills the Send dialog', () => {
  let clio: InProcessClio;
  let bill: SandboxBill;

  beforeEach(async () => {
    ({ clio, bill } = await clioWithUnsharedBill());
  });
  afterEach(async () => {
    vi.useRealTimers();
    await clio.close();
  });

  const tabAnswers = (answer: () => Promise<unknown>) =>
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(answer as never);
  const stateOf = async (id: string) => (await db.outbox.get(id))?.state;
  /** A send whose tab has started filling Clio's dialog. */
  const sendInDialog = async () => {
    tabAnswers(async () => ({ ok: true, value: { started: true } }));
    const { id } = await queueSend(request(bill.id), tab);
    await vi.waitFor(async () => expect(await stateOf(id)).toBe('in_dialog'));
    return id;
  };
  const sendInClio = () =>
    fetch(`${clio.sandbox.url}/nc/data/bills/${bill.id}/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ portal: true, email: false, message: 'Your bill' }),
    });

  it('calls the send not sent when the tab says it could not start', async () => {
    tabAnswers(async () => ({ ok: true, value: { started: false } }));

    const { id } = await queueSend(request(bill.id), tab);

    await vi.waitFor(async () =>
      expect(await db.outbox.get(id)).toMatchObject({ state: 'failed', problem: { code: 'tab_closed' } }),
    );
  });

  it('calls the send not sent when the tab cannot be reached', async () => {
    tabAnswers(() => Promise.reject(new Error('No tab with id: 7.')));

    const { id } = await queueSend(request(bill.id), tab);

    await vi.waitFor(async () =>
      expect(await db.outbox.get(id)).toMatchObject({ state: 'failed', problem: { code: 'tab_closed' } }),
    );
  });

  it('gives a started tab a minute to press Send bill, then calls the send not sent', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const id = await sendInDialog();

    for (let second = 0; second < 59; second += 1) {
      await vi.advanceTimersByTimeAsync(1000);
      await realSleep(2);
    }
    expect(await stateOf(id)).toBe('in_dialog');
    for (let second = 0; second < 30 && (await stateOf(id)) === 'in_dialog'; second += 1) {
      await vi.advanceTimersByTimeAsync(1000);
      await realSleep(5);
    }

    await vi.waitFor(async () =>
      expect(await db.outbox.get(id)).toMatchObject({ state: 'failed', problem: { code: 'tab_closed' } }),
    );
    expect(await recordPressing(id)).toBe(false);
  }, 20_000);

  it('takes Clio’s send over its error when Clio shows the bill sent after all', async () => {
    const id = await sendInDialog();
    await recordPressing(id);
    await sendInClio();

    await recordOutcome(id, { kind: 'refused', clioMessage: 'Something went wrong.' });

    expect(await db.outbox.get(id)).toMatchObject({ state: 'confirmed', problem: null });
  });

  it('keeps looking in Clio for a send whose tab went away after pressing Send bill', async () => {
    const id = await sendInDialog();
    await recordPressing(id);
    await sendInClio();

    await dialogTabGone(id);

    expect(await stateOf(id)).toBe('pressed');
    await vi.waitFor(async () => expect(await stateOf(id)).toBe('confirmed'), { timeout: 5000 });
  });

  it('confirms through Clio a send whose Send bill the user pressed before Remit did', async () => {
    const id = await sendInDialog();
    await sendInClio();

    await recordOutcome(id, { kind: 'submitted' });

    expect(await db.outbox.get(id)).toMatchObject({ state: 'pressed', submittedAt: expect.any(Number) });
    await vi.waitFor(async () => expect(await stateOf(id)).toBe('confirmed'), { timeout: 5000 });
  });

  it('says nothing of Clio’s dialog closing when it gave no answer to Send bill, and asks Clio', async () => {
    const id = await sendInDialog();
    await recordPressing(id);

    await recordOutcome(id, { kind: 'no_answer' });

    expect(await db.outbox.get(id)).toMatchObject({ state: 'pressed', submittedAt: null });
    await sendInClio();
    await vi.waitFor(async () => expect(await stateOf(id)).toBe('confirmed'), { timeout: 5000 });
  });

  it('takes Send bill pressed after the tab was given up as the send, and looks for it in Clio', async () => {
    const id = await sendInDialog();
    await dialogTabGone(id);
    expect(await db.outbox.get(id)).toMatchObject({ state: 'failed', problem: { code: 'tab_closed' } });

    await recordOutcome(id, { kind: 'submitted' });

    expect(await db.outbox.get(id)).toMatchObject({
      state: 'pressed',
      problem: null,
      submittedAt: expect.any(Number),
    });
    await sendInClio();
    await vi.waitFor(async () => expect(await stateOf(id)).toBe('confirmed'), { timeout: 5000 });
  });

  it('writes the user’s press of Send bill on a send a restarted worker gave up, never Remit’s own', async () => {
    const id = await sendInDialog();
    await resumeSends();
    expect(await db.outbox.get(id)).toMatchObject({ state: 'failed', problem: { code: 'remit_stopped' } });

    expect(await recordPressing(id)).toBe(false);
    expect(await stateOf(id)).toBe('failed');
    expect(await recordPressing(id, true)).toBe(true);

    expect(await db.outbox.get(id)).toMatchObject({
      state: 'pressed',
      problem: null,
      pressedAt: expect.any(Number),
    });
    await sendInClio();
    await vi.waitFor(async () => expect(await stateOf(id)).toBe('confirmed'), { timeout: 5000 });
  });

  it('keeps a given-up send given up once the bill was asked to go again: the newer send is the bill’s', async () => {
    const id = await sendInDialog();
    await resumeSends();
    const again = await queueSend(request(bill.id), tab);
    await vi.waitFor(async () => expect(await stateOf(again.id)).toBe('in_dialog'));

    expect(await recordPressing(id, true)).toBe(false);
    await recordOutcome(id, { kind: 'submitted' });

    expect(await db.outbox.get(id)).toMatchObject({ state: 'failed', problem: { code: 'remit_stopped' } });
    expect(await recordPressing(again.id, true)).toBe(true);
  });

  it('keeps a send Clio refused not sent when the user’s press is reported after', async () => {
    const id = await sendInDialog();
    await recordPressing(id);
    await recordOutcome(id, { kind: 'refused', clioMessage: 'No portal access.' });

    expect(await recordPressing(id, true)).toBe(false);
    await recordOutcome(id, { kind: 'submitted' });

    expect(await db.outbox.get(id)).toMatchObject({ state: 'failed', problem: { code: 'clio_refused' } });
    expect((await clio.control.state()).sends).toEqual([]);
  });
});
