import { describe, expect, it } from 'vitest';
import { BankAccountRecord } from '@/lib/db/records/bank-account';
import { accountFor, purposeOf } from '@/lib/payment-links/link-accounts';

function account(changes: Partial<BankAccountRecord>): BankAccountRecord {
  return Object.assign(new BankAccountRecord(), {
    id: 1,
    name: 'Operating',
    type: 'Operating',
    currencyCode: 'USD',
    clioPaymentsEnabled: true,
    isDefault: false,
    ...changes,
  });
}

describe('the account a payment link pays into', () => {
  it('pays invoices into operating and trust requests into trust', () => {
    const accounts = [account({ id: 1 }), account({ id: 2, type: 'Trust' })];
    expect(accountFor(purposeOf('revenue_kind'), 'USD', accounts).id).toBe(1);
    expect(accountFor(purposeOf('trust_kind'), 'USD', accounts).id).toBe(2);
  });

  it('takes the firm’s default account of the kind first, then the lowest id', () => {
    const accounts = [account({ id: 9 }), account({ id: 4, isDefault: true }), account({ id: 3 })];
    expect(accountFor('invoices', 'USD', accounts).id).toBe(4);
    expect(
      accountFor('invoices', 'USD', [account({ id: 9 }), account({ id: 3 }), account({ id: 5 })]).id,
    ).toBe(3);
  });

  it('takes only an account in the bills’ currency', () => {
    const accounts = [account({ id: 1, isDefault: true }), account({ id: 2, currencyCode: 'CAD' })];
    expect(accountFor('invoices', 'CAD', accounts).id).toBe(2);
    expect(() => accountFor('invoices', 'EUR', accounts)).toThrow(
      expect.objectContaining({ code: 'not_allowed' }),
    );
  });

  it('takes no account without Clio Payments', () => {
    const accounts = [
      account({ id: 1, clioPaymentsEnabled: false, isDefault: true }),
      account({ id: 2 }),
      account({ id: 3, type: 'Trust', clioPaymentsEnabled: false }),
    ];
    expect(accountFor('invoices', 'USD', accounts).id).toBe(2);
    expect(() => accountFor('trust', 'USD', accounts)).toThrow(
      expect.objectContaining({ code: 'not_allowed' }),
    );
    expect(() => accountFor('invoices', 'USD', [account({ clioPaymentsEnabled: false })])).toThrow(
      expect.objectContaining({ code: 'not_allowed' }),
    );
  });

  it('never pays a trust request into operating, nor an invoice into trust', () => {
    expect(() => accountFor('trust', 'USD', [account({ id: 1 })])).toThrow(
      expect.objectContaining({ code: 'not_allowed' }),
    );
    expect(() => accountFor('invoices', 'USD', [account({ id: 2, type: 'Trust' })])).toThrow(
      expect.objectContaining({ code: 'not_allowed' }),
    );
  });
});
