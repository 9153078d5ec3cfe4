import type { ClioApi } from '../clio/api';
import { db } from '../db/database';
import type { PaymentRecord } from '../db/records/payment';
import type { PaymentLinkRecord } from '../db/records/payment-link';
import { fetchRecords } from '../sync/fetch-records';

/** A bill that changed may have been paid through a link: its payments and links are asked for too. */
export async function refreshLinkActivity(api: ClioApi, billId: number): Promise<void> {
  const known = await db.paymentLinks.where('billId').equals(billId).primaryKeys();
  const payments = await fetchRecords<PaymentRecord>(api, 'payments', { bill_id: String(billId) });
  const linkIds = [...new Set([...known, ...payments.flatMap((payment) => payment.linkId ?? [])])];
  const links = linkIds.length
    ? await fetchRecords<PaymentLinkRecord>(api, 'paymentLinks', { 'ids[]': linkIds })
    : [];
  await db.transaction('rw', db.payments, db.paymentLinks, async () => {
    await db.payments.bulkPut(payments);
    await db.paymentLinks.bulkPut(links);
  });
}
