import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import { RemitError } from '@/lib/errors';
import { say } from '@/lib/i18n/text';
import { createLinks } from '@/lib/payment-links/create-links';
import { clioWithUnpaidInvoice, type InProcessClio } from '../../support/in-process-clio';

/** The POST that makes a link, not the index nor one link: `/api/v4/clio_payments/links(.json)`. */
const LINK_POST = '^/api/v4/clio_payments/links(\\.json)?$';

describe('making a payment link when Clio’s answer cannot be read', () => {
  let clio: InProcessClio;
  let billId: number;
  let balanceCents: number;

  beforeEach(async () => {
    const start = await clioWithUnpaidInvoice();
    clio = start.clio;
    billId = start.bill.id;
    balanceCents = Math.round(start.bill.balance * 100);
  });
  afterEach(() => clio.close());

  const linksOfBill = async () =>
    (await clio.control.links()).filter((link) => link.subject.type === 'Bill' && link.subject.id === billId);

  it('adopts the link Clio made instead of counting the answer as a refusal', async () => {
    const before = (await linksOfBill()).length;
    await clio.control.injectFaults([{ kind: 'malformed', rate: 1, path: LINK_POST }]);

    const { links } = await createLinks({ billIds: [billId], durationDays: 30 });

    const made = await linksOfBill();
    expect(made).toHaveLength(before + 1);
    expect(links.map((link) => link.id)).toEqual([made.at(-1)?.id]);
    expect(await db.linkRequests.toArray()).toEqual([
      expect.objectContaining({ state: 'created', linkId: made.at(-1)?.id }),
    ]);
  });

  it('expires a link it cannot read at all, and says so, leaving none a client could pay', async () => {
    const before = (await linksOfBill()).length;
    await clio.control.injectFaults([{ kind: 'malformed', rate: 1, path: 'clio_payments/links' }]);

    const error = await createLinks({ billIds: [billId], durationDays: 30 }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(RemitError);
    expect(say((error as RemitError).text)).toMatch(/could not read, so Remit expired it/);
    const made = await linksOfBill();
    expect(made).toHaveLength(before + 1);
    expect(made.at(-1)).toMatchObject({ expiredManually: true });
    expect(await db.linkRequests.toArray()).toEqual([expect.objectContaining({ state: 'failed' })]);
  });

  it('keeps a link Clio made whose answer leaves out its currency, in the currency asked for', async () => {
    await clio.control.injectFaults([{ kind: 'omitted', field: 'currency', rate: 1, path: LINK_POST }]);

    const { links } = await createLinks({ billIds: [billId], durationDays: 30 });

    const made = (await linksOfBill()).at(-1);
    expect(links).toEqual([
      expect.objectContaining({ id: made?.id, currencyCode: 'USD', amount: balanceCents }),
    ]);
    expect(made).toMatchObject({ expiredManually: false });
  });
});
