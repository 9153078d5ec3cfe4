import type { SandboxData } from '../state/data.ts';
import { stamp } from '../state/touch.ts';
import type { BankAccount } from '../state/types.ts';

export const ACCOUNT_IDS = {
  operatingUsd: 71,
  trustUsd: 72,
  operatingCad: 73,
  operatingNoPayments: 74,
} as const;
const DAY_MS = 86_400_000;

const ACCOUNTS: Array<Omit<BankAccount, keyof ReturnType<typeof stamp> | 'userId' | 'balanceCents'>> = [
  {
    name: 'Operating (USD)',
    type: 'Operating',
    currency: 'USD',
    clio_payments_enabled: true,
    default_account: true,
    account_number: '****4411',
    institution: 'First Harbor Bank',
  },
  {
    name: 'IOLTA Trust (USD)',
    type: 'Trust',
    currency: 'USD',
    clio_payments_enabled: true,
    default_account: true,
    account_number: '****7302',
    institution: 'First Harbor Bank',
  },
  {
    name: 'Operating (CAD)',
    type: 'Operating',
    currency: 'CAD',
    clio_payments_enabled: true,
    default_account: false,
    account_number: '****2290',
    institution: 'Banque du Nord',
  },
  {
    name: 'Petty operating (no online payments)',
    type: 'Operating',
    currency: 'USD',
    clio_payments_enabled: false,
    default_account: false,
    account_number: '****0057',
    institution: 'Mill Street Credit Union',
  },
];

export function seedBankAccounts(data: SandboxData, epochMs: number): void {
  const ids = Object.values(ACCOUNT_IDS);
  ACCOUNTS.forEach((account, index) => {
    const id = ids[index];
    if (id === undefined) throw new Error('an account without an id');
    data.bankAccounts.insert({
      ...stamp(data, 'BankAccount', id, epochMs - 900 * DAY_MS),
      ...account,
      balanceCents: 0,
      userId: data.users.rows[0]?.id ?? 0,
    });
  });
}
