import { isOwed } from '../bills/owed';
import { textOrder } from '../collections/bill-sort';
import type { CollectionBill } from '../collections/collection-bill';
import { daysBetween } from '../format';
import { t } from '../i18n/text';
import { type AgingBucket, agingBucket, agingBuckets } from '../summary/aging';
import { money } from './bills-csv';
import { type CsvCell, toCsv } from './csv';

interface ClientAging {
  clientName: string | null;
  currencyCode: string;
  buckets: Record<AgingBucket, number>;
  total: number;
}

const bucketHeaders: Record<AgingBucket, Parameters<typeof t>[0]> = {
  current: 'export.aging_current',
  days1To30: 'export.aging_1_30',
  days31To60: 'export.aging_31_60',
  days61To90: 'export.aging_61_90',
  days91Plus: 'export.aging_91_plus',
};

/**
 * What each client owes, per currency, in Clio's aging buckets by days past the due date (a bill due
 * on receipt is current), as Clio's accounts receivable aging report lays it out: clients by name.
 * Trust requests are not receivables, and are left out as in the popup's aging.
 */
export function agingByClientCsv(bills: Iterable<CollectionBill>, today: string): string {
  const byClient = new Map<string, ClientAging>();
  for (const bill of bills) {
    if (!isOwed(bill) || bill.trust) continue;
    const key = `${bill.clientId ?? `bill:${bill.id}`}:${bill.currencyCode}`;
    let row = byClient.get(key);
    if (!row) {
      const buckets = Object.fromEntries(agingBuckets.map((bucket) => [bucket, 0])) as ClientAging['buckets'];
      row = { clientName: bill.clientName, currencyCode: bill.currencyCode, buckets, total: 0 };
      byClient.set(key, row);
    }
    row.buckets[agingBucket(bill.dueAt === null ? 0 : daysBetween(bill.dueAt, today))] += bill.balance;
    row.total += bill.balance;
  }
  const rows = [...byClient.values()].sort(
    (a, b) =>
      textOrder.compare(a.clientName ?? '', b.clientName ?? '') ||
      a.currencyCode.localeCompare(b.currencyCode),
  );
  const header = [
    t('collections.column_client'),
    t('export.column_currency'),
    ...agingBuckets.map((bucket) => t(bucketHeaders[bucket])),
    t('collections.column_outstanding'),
  ];
  return toCsv(
    header,
    rows.map((row): CsvCell[] => [
      row.clientName,
      row.currencyCode,
      ...agingBuckets.map((bucket) => money(row.buckets[bucket], row.currencyCode)),
      money(row.total, row.currencyCode),
    ]),
  );
}
