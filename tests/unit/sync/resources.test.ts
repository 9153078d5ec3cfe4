import { describe, expect, it } from 'vitest';
import type { SyncedResource } from '@/lib/db/records/sync-state';
import { readRecord } from '@/lib/sync/commit-page';
import { resourceSyncOf } from '@/lib/sync/resources';

/** What Remit keeps of one record Clio sent for the index `name`, or why it keeps none. */
const kept = (name: SyncedResource, raw: object) => readRecord(resourceSyncOf(name), raw, 0);

describe('records as Remit keeps them, from what Clio may leave out', () => {
  it('keeps an empty ETag, name and no client, bill or contact where Clio sends none', () => {
    expect(kept('contacts', { id: 1, name: 'A', type: 'Person' })).toMatchObject({
      record: { id: 1, etag: '', name: 'A', email: null, isClient: false },
    });
    expect(kept('matters', { id: 2, display_number: '0002', client: null })).toMatchObject({
      record: { id: 2, etag: '', clientId: null },
    });
    expect(kept('matters', { id: 3, etag: '"m"', client: { id: 7 } })).toMatchObject({
      record: { etag: '"m"', clientId: 7 },
    });
    expect(
      kept('bankAccounts', { id: 4, name: null, type: 'trust', currency: 'cad', default_account: true }),
    ).toMatchObject({
      record: { id: 4, etag: '', name: '', type: 'Trust', currencyCode: 'CAD', isDefault: true },
    });
    expect(
      kept('payments', { id: 5, amount: 12.5, currency: 'USD', state: 'completed', bills: [] }),
    ).toMatchObject({
      record: { id: 5, amount: 1_250, contactId: null, linkId: null, billIds: [] },
    });
  });

  it('keeps an allocation’s bill and where its money came from: a payment, a credit note, or something else', () => {
    const allocation = (parent: object | null, bill: object | null = { id: 9 }) =>
      kept('allocations', { id: 6, date: '2026-11-02', amount: 40.25, bill, parent });
    const sourceOf = (parent: object | null) =>
      (allocation(parent) as { record: { source: string } }).record.source;

    expect(allocation({ type: 'Payment' })).toMatchObject({
      record: { id: 6, etag: '', billId: 9, amountDecimal: '40.25', source: 'payment' },
    });
    expect(allocation({ type: 'payment' }, null)).toMatchObject({
      record: { billId: null, source: 'payment' },
    });
    expect([{ type: 'CreditMemo' }, { type: 'creditmemo' }].map(sourceOf)).toEqual(['credit', 'credit']);
    // Without a parent, or with one Remit does not know, it is not money received.
    expect([null, { type: null }, { type: 'Trust' }].map(sourceOf)).toEqual(['other', 'other', 'other']);
  });

  it('keeps a payment link’s amount in minor units, and none when it has none', () => {
    const link = (amount: number | null, currency: string | null) =>
      kept('paymentLinks', { id: 8, amount, currency, url: 'https://app.clio.com/pay/8', bill: { id: 9 } });

    expect(link(120.5, 'USD')).toMatchObject({
      record: {
        amount: 12_050,
        currencyCode: 'USD',
        etag: '',
        billId: 9,
        contactId: null,
        destinationAccountId: null,
      },
    });
    expect(
      kept('paymentLinks', {
        id: 8,
        url: 'https://app.clio.com/pay/8',
        contact: { id: 7 },
        destination_account: { id: 3 },
      }),
    ).toMatchObject({ record: { billId: null, contactId: 7, destinationAccountId: 3 } });
    expect(link(null, null)).toMatchObject({ record: { amount: null, currencyCode: null } });
  });
});
