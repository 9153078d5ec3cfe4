import type { ClioBill } from '../clio/schemas';
import { BillRecord } from '../db/records';
import type { BillView } from '../messaging/protocol';

export function toBillRecord(bill: ClioBill, fetchedAt: number): BillRecord {
  return Object.assign(new BillRecord(), {
    id: bill.id,
    etag: bill.etag,
    number: bill.number,
    state: bill.state,
    kind: bill.kind,
    type: bill.type,
    clientId: bill.client?.id ?? null,
    clientName: bill.client?.name ?? null,
    matters: (bill.matters ?? []).map((matter) => ({
      id: matter.id,
      displayNumber: matter.display_number,
      description: matter.description,
    })),
    currencyCode: bill.currency.code,
    total: bill.total,
    due: bill.due,
    paid: bill.paid,
    balance: bill.balance,
    pending: bill.pending,
    creditsIssued: bill.credits_issued,
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
    state: record.state as BillView['state'],
    kind: record.kind,
    clientId: record.clientId,
    clientName: record.clientName,
    matterLabel: matterLabel(record),
    currencyCode: record.currencyCode,
    total: record.total,
    paid: record.paid,
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
