import { balanceCents } from '../state/bill-rules.ts';
import type { SandboxData } from '../state/data.ts';
import type { Bill } from '../state/types.ts';
import { centsToAmount } from '../support/money.ts';

const SIGNS = { USD: '$', CAD: '$' } as const;

/** The bill as the web-app replica shows it in lists. */
export function billSummary(data: SandboxData, bill: Bill) {
  const client = data.contacts.get(bill.clientId);
  const matter = bill.matterId === null ? undefined : data.matters.get(bill.matterId);
  return {
    id: bill.id,
    number: bill.number,
    state: bill.state,
    kind: bill.kind,
    client: { id: bill.clientId, name: client?.name ?? '' },
    matter: matter
      ? { id: matter.id, display_number: matter.display_number, description: matter.description }
      : null,
    currency: { code: bill.currency, sign: SIGNS[bill.currency] },
    total: centsToAmount(bill.totalCents),
    paid: centsToAmount(bill.paidCents),
    balance: centsToAmount(balanceCents(bill)),
    due_at: bill.due_at,
    issued_at: bill.issued_at,
    shared: bill.shared,
    last_sent_at: bill.last_sent_at,
  };
}

/** The bill page: the summary plus pending, credits and the payments applied. */
export function billDetail(data: SandboxData, bill: Bill) {
  return {
    ...billSummary(data, bill),
    pending: centsToAmount(bill.pendingCents),
    credits_issued: centsToAmount(bill.creditsCents),
    allocations: data.allocations.rows
      .filter((allocation) => allocation.billId === bill.id)
      .map((allocation) => ({
        date: allocation.date,
        amount: centsToAmount(allocation.amountCents),
        payment_type: allocation.payment_type,
      })),
  };
}
