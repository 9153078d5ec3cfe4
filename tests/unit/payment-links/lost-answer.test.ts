import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/database';
import { createLinks } from '@/lib/payment-links/create-links';
import { clioWithUnpaidInvoice, type InProcessClio } from '../../support/in-process-clio';

const POST_LINK = 'POST /api/v4/clio_payments/links';
/** The links' path, for the POST that makes one and the index that lists them alike. */
const LINKS_PATH = '^/api/v4/clio_payments/links(\\.json)?$';

// Taken before any test fakes the clock: Clio's answers arrive on real time.
const realSetTimeout = globalThis.setTimeout;
const realSleep = (ms: number) => new Promise((resolve) => realSetTimeout(resolve, ms));

describe('making a payment link when Clio’s answer is lost', () => {
  let clio: InProcessClio;
  let billId: number;
  let balanceCents: number;

  beforeEach(async () => {
    const start = await clioWithUnpaidInvoice();
    clio = start.clio;
    billId = start.bill.id;
    balanceCents = Math.round(start.bill.balance * 100);
    await clio.control.resetRequestCounters();
  });
  afterEach(async () => {
    vi.useRealTimers();
    await clio.close();
  });

  const linksOfBill = async () =>
    (await clio.control.links()).filter((link) => link.subject.type === 'Bill' && link.subject.id === billId);
  const posts = async () => (await clio.control.state()).requests.byPath[POST_LINK] ?? 0;

  /** Moves the clock on a second at a time until the links are made or refused. */
  async function settleOn<T>(making: Promise<T>): Promise<T> {
    let done = false;
    const outcome = making.finally(() => {
      done = true;
    });
    outcome.catch(() => undefined);
    for (let second = 0; second < 120 && !done; second += 1) {
      await vi.advanceTimersByTimeAsync(1000);
      await realSleep(10);
    }
    return outcome;
  }

  it('finds the link Clio made for a cut-off answer instead of making a second', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const before = (await linksOfBill()).map((link) => link.id);
    await clio.control.injectFaults([{ kind: 'truncated', rate: 1, path: LINKS_PATH }]);
    const making = createLinks({ billIds: [billId], durationDays: 30 });
    // Clio made the link; its answer was cut off on the way.
    await vi.waitFor(async () => expect(await posts()).toBe(1));
    await clio.control.clearFaults();

    const { links } = await settleOn(making);

    const made = (await linksOfBill()).filter((link) => !before.includes(link.id));
    expect(made).toHaveLength(1);
    expect(links).toEqual([expect.objectContaining({ id: made[0]?.id, amount: balanceCents })]);
    expect(await posts()).toBe(1);
    expect(await db.linkRequests.toArray()).toEqual([
      expect.objectContaining({ state: 'created', linkId: made[0]?.id }),
    ]);
  }, 30_000);

  it('asks again when Clio made nothing before the connection was lost', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const before = (await linksOfBill()).map((link) => link.id);
    await clio.control.injectFaults([{ kind: 'reset', rate: 1, path: LINKS_PATH }]);
    const making = createLinks({ billIds: [billId], durationDays: 30 });
    await vi.waitFor(async () => expect(await posts()).toBe(1));
    await clio.control.clearFaults();

    const { links } = await settleOn(making);

    const made = (await linksOfBill()).filter((link) => !before.includes(link.id));
    expect(made).toHaveLength(1);
    expect(links.map((link) => link.id)).toEqual([made[0]?.id]);
    expect(await posts()).toBe(2);
  }, 30_000);
});
