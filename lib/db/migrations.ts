import type { Transaction } from 'dexie';

/**
 * Version 1 cached single bills for the panel, without the fields sync needs. Keep them (the panel
 * still paints from them) with neutral values, and clear their etags so the next fetch replaces them.
 */
export async function upgradeToVersion2(tx: Transaction): Promise<void> {
  await tx
    .table('bills')
    .toCollection()
    .modify((bill: Record<string, unknown>) => {
      bill.etag = '';
      bill.type ??= 'MatterBill';
      bill.matters ??= [];
      bill.due ??= bill.total;
      bill.creditsIssued ??= 0;
      bill.paidAt ??= null;
    });
  await tx
    .table('connection')
    .toCollection()
    .modify((connection: Record<string, unknown>) => {
      connection.firmName ??= null;
    });
}
