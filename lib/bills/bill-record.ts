import type { ClioBill } from '../clio/schemas';
import { BillRecord } from '../db/records/bill';
import { RemitError } from '../errors';
import { toMinorUnits, UnsafeAmountError } from '../money';
import type { BillView } from './bill-view';

/** The bill as Remit keeps it; money Remit cannot hold exactly is Clio's problem, said as such. */
export function toBillRecord(bill: ClioBill, fetchedAt: number): BillRecord {
  try {
    return billRecordOf(bill, fetchedAt);
  } catch (error) {
    if (!(error instanceof UnsafeAmountError)) throw error;
    throw new RemitError('clio', 'records.bill_unsafe_amount', {
      bill: bill.number ?? bill.id,
      amount: String(error.amount),
    });
  }
}

/**
 * What a voided or deleted bill Clio sent without its currency or kind holds until it is stored (see
 * keepKnownBillFacts): ISO 4217's "no currency", and no kind.
 */
export const NO_CURRENCY = 'XXX';
export const NO_KIND = '';

function billRecordOf(bill: ClioBill, fetchedAt: number): BillRecord {
  const currencyCode = bill.currency?.code ?? NO_CURRENCY;
  const minor = (amount: number | null) => (amount === null ? 0 : toMinorUnits(amount, currencyCode));
  return Object.assign(new BillRecord(), {
    id: bill.id,
    etag: bill.etag ?? '',
    number: bill.number ?? '',
    state: bill.state,
    // Only a voided or deleted bill comes without them: filled in as it is stored (keepKnownBillFacts).
    kind: bill.kind ?? NO_KIND,
    type: bill.type,
    clientId: bill.client?.id ?? null,
    clientName: bill.client?.name ?? null,
    matters: bill.matters.map((matter) => ({
      id: matter.id,
      displayNumber: matter.display_number ?? '',
      description: matter.description,
    })),
    currencyCode,
    total: minor(bill.total),
    // Clio's `due` is the total less discounts; a bill without one is due in full.
    due: bill.due === null ? minor(bill.total) : minor(bill.due),
    paid: minor(bill.paid),
    balance: minor(bill.balance),
    pending: minor(bill.pending),
    creditsIssued: minor(bill.credits_issued),
    issuedAt: bill.issued_at,
    dueAt: bill.due_at,
    paidAt: bill.paid_at,
    updatedAt: bill.updated_at,
    shared: bill.shared,
    lastSentAt: bill.last_sent_at,
    fetchedAt,
  });
}

export function toBillView(record: BillRecord): BillView {
  return {
    id: record.id,
    number: record.number,
    state: record.state,
    kind: record.kind,
    clientId: record.clientId,
    clientName: record.clientName,
    matterLabel: matterLabel(record),
    currencyCode: record.currencyCode,
    total: record.total,
    due: record.due,
    paid: record.paid,
    creditsIssued: record.creditsIssued,
    balance: record.balance,
    pending: record.pending,
    issuedAt: record.issuedAt,
    dueAt: record.dueAt,
    shared: record.shared,
    lastSentAt: record.lastSentAt,
    fetchedAt: record.fetchedAt,
  };
}

function matterLabel(record: BillRecord): string | null {
  const [first, ...rest] = record.matters;
  if (!first) return null;
  const label = first.description ? `${first.displayNumber} – ${first.description}` : first.displayNumber;
  return rest.length > 0 ? `${label} (+${rest.length} more)` : label;
}
