import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import { refreshClioReminded } from '@/lib/reminders/clio-reminders';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';

const BALANCES = 'outstanding_client_balances';

describe('which clients Clio reminds itself', () => {
  let clio: InProcessClio;
  let client: number;

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    clio = await connectToInProcessClio({ size: 20 });
    const owing = (await clio.control.bills()).find((bill) => bill.state === 'awaiting_payment');
    client = owing?.clientId as number;
    await clio.control.setClioReminders(client, true);
  });
  afterEach(() => clio.close());

  const held = async () =>
    (await db.reminderHolds.toArray()).map((hold) => [hold.kind, hold.targetId] as const);

  it('holds the client its balance names', async () => {
    await refreshClioReminded('us:1');

    expect(await held()).toEqual([['clio', client]]);
  });

  it('holds no one for a balance that leaves out its contact: its own id is not the client’s', async () => {
    await clio.control.injectFaults([{ kind: 'omitted', field: 'contact', rate: 1, path: BALANCES }]);

    await refreshClioReminded('us:1');

    expect(await held()).toEqual([]);
  });
});
