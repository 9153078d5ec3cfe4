import { outstandingOn } from '../bills/owed';
import type { BillState } from '../clio/schemas';
import { daysOverdue } from '../collections/bill-sort';
import type { CollectionBill } from '../collections/collection-bill';
import { type MessageKey, t } from '../i18n/text';
import { decimalText, type MinorUnits } from '../money';
import { type CsvCell, toCsv } from './csv';

const stateNames: Record<BillState, MessageKey> = {
  draft: 'collections.state_draft',
  awaiting_approval: 'collections.state_awaiting_approval',
  awaiting_payment: 'collections.state_awaiting_payment',
  paid: 'collections.state_paid',
  void: 'collections.state_void',
  deleted: 'export.state_deleted',
};

export const money = (amount: number, currencyCode: string): CsvCell => ({
  number: decimalText(amount as MinorUnits, currencyCode),
});

export const count = (value: number | null): CsvCell => (value === null ? null : { number: String(value) });

/** The workspace's table as listed: its columns, with Clio's state, kind and currency apart. */
export function billsCsv(bills: Iterable<CollectionBill>, today: string): string {
  const header = [
    t('collections.column_number'),
    t('collections.column_client'),
    t('collections.column_matter'),
    t('export.column_state'),
    t('export.column_kind'),
    t('export.column_currency'),
    t('collections.column_issued'),
    t('collections.column_due'),
    t('collections.column_days_overdue'),
    t('collections.column_total'),
    t('collections.column_paid'),
    t('collections.column_outstanding'),
    t('collections.column_portal'),
    t('collections.column_last_sent'),
  ];
  function* rows(): Generator<CsvCell[]> {
    for (const bill of bills) {
      yield [
        bill.number,
        bill.clientName,
        bill.matter,
        t(stateNames[bill.state]),
        t(bill.trust ? 'export.kind_trust' : 'export.kind_invoice'),
        bill.currencyCode,
        bill.issuedAt,
        bill.dueAt,
        count(daysOverdue(bill, today)),
        money(bill.total, bill.currencyCode),
        money(bill.paid, bill.currencyCode),
        money(outstandingOn(bill), bill.currencyCode),
        t(bill.shared ? 'export.shared' : 'export.not_shared'),
        bill.lastSentAt,
      ];
    }
  }
  return toCsv(header, rows());
}
