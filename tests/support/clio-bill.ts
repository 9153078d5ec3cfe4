/**
 * A bill as Clio's API sends it, awaiting payment: $100.10 with $0.20 paid. The client's name is
 * hostile on purpose (a right-to-left override and an emoji), to be stored as written.
 */
export function clioBill(id: number, changes: Record<string, unknown> = {}) {
  return {
    id,
    etag: `"${id}"`,
    number: String(id),
    state: 'awaiting_payment',
    kind: 'revenue_kind',
    type: 'MatterBill',
    issued_at: '2026-11-01',
    due_at: '2026-12-01',
    paid_at: null,
    updated_at: '2026-11-02T10:00:00Z',
    total: 100.1,
    due: 100.1,
    paid: 0.2,
    balance: 99.9,
    pending: null,
    credits_issued: 0,
    shared: false,
    last_sent_at: null,
    currency: { id: 1, code: 'USD', sign: '$' },
    client: { id: 7, name: '‮ evil 🦄' },
    matters: [],
    ...changes,
  };
}
