import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clioApi } from '@/lib/connection/clio-session';
import { db } from '@/lib/db/database';
import type { PaymentLinkRecord } from '@/lib/db/records/payment-link';
import { refreshLinkActivity } from '@/lib/payment-links/link-activity';
import { linkIsActive } from '../../sandbox/state/links';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';

describe('a bill’s link activity read again', () => {
  let clio: InProcessClio;

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    clio = await connectToInProcessClio({ size: 40 });
  });
  afterEach(() => clio.close());

  const openBillLinks = () =>
    clio.sandbox.state.data.links.rows.flatMap((link) =>
      link.subject.type === 'Bill' && linkIsActive(link, clio.sandbox.state.clock.nowMs())
        ? [{ link, billId: link.subject.id }]
        : [],
    );
  const openBillLink = () => {
    const [open] = openBillLinks();
    if (!open) throw new Error('The seed has no open bill link');
    return open;
  };

  it('stores the payment made through the bill’s link, and the link as Clio has it now', async () => {
    const { link, billId } = openBillLink();
    const paid = clio.sandbox.state.payWithLink(link.token);

    await refreshLinkActivity(await clioApi(), billId);

    expect(await db.payments.get(paid.id)).toMatchObject({
      amount: paid.amountCents,
      billIds: [billId],
      linkId: link.id,
    });
    expect(await db.paymentLinks.get(link.id)).toMatchObject({ billId });
  });

  it('reads again a link Remit knows of the bill, though no payment names it', async () => {
    const { link, billId } = openBillLink();
    await db.paymentLinks.put({ id: link.id, billId, active: true } as PaymentLinkRecord);
    // Expired in Clio since: no payment names the link, yet the bill's panel must not offer it.
    link.expiredManually = true;

    await refreshLinkActivity(await clioApi(), billId);

    expect(await db.paymentLinks.get(link.id)).toMatchObject({ id: link.id, billId, active: false });
  });

  it('stores only the bill’s own payments and links, not another bill’s paid the same day', async () => {
    const [mine, other] = openBillLinks().filter(
      (open, index, all) => all.findIndex((first) => first.billId === open.billId) === index,
    );
    if (!mine || !other) throw new Error('The seed has no two bills with open links');
    const paid = clio.sandbox.state.payWithLink(mine.link.token);
    clio.sandbox.state.payWithLink(other.link.token);

    await refreshLinkActivity(await clioApi(), mine.billId);

    expect((await db.payments.toArray()).map((payment) => payment.id)).toEqual([paid.id]);
    const links = await db.paymentLinks.toArray();
    expect(links.map((link) => link.id)).toContain(mine.link.id);
    expect(links.every((link) => link.billId === mine.billId)).toBe(true);
  });
});
