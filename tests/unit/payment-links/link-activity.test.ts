import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clioApi } from '@/lib/connection/clio-session';
import { db } from '@/lib/db/database';
import type { PaymentLinkRecord } from '@/lib/db/records/payment-link';
import { refreshLinkActivity } from '@/lib/payment-links/link-activity';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';

describe('a bill’s link activity read again', () => {
  let clio: InProcessClio;

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    clio = await connectToInProcessClio({ size: 40 });
  });
  afterEach(() => clio.close());

  const openBillLink = () => {
    const link = clio.sandbox.state.data.links.rows.find(
      (candidate) =>
        candidate.subject.type === 'Bill' && candidate.paymentId === null && !candidate.expiredManually,
    );
    if (link?.subject.type !== 'Bill') throw new Error('The seed has no open bill link');
    return { link, billId: link.subject.id };
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
});
