import type { SandboxData } from '../state/data.ts';
import { Table } from '../state/table.ts';
import { mulberry32 } from '../support/prng.ts';
import { seedBankAccounts } from './bank-accounts.ts';
import { seedBills } from './bills.ts';
import { seedPaymentLinks } from './payment-links.ts';
import { seedContacts, seedFirm, seedMatters, seedUsers } from './people.ts';

export interface SeedOptions {
  seed: number;
  size: number;
  /** 'YYYY-MM-DD' that due dates and aging are relative to. */
  today: string;
  /**
   * About how many bills await payment, for a firm with a long history: every other bill is paid,
   * void, deleted or not yet approved. Left out, about half of all bills await payment.
   */
  unpaidBills?: number;
}

/** The whole data set, a pure function of (seed, size, today, unpaidBills). */
export function generateSeed(options: SeedOptions, epochMs: number): SandboxData {
  const random = mulberry32(options.seed);
  const data: SandboxData = {
    firm: seedFirm(epochMs),
    users: new Table(),
    contacts: new Table(),
    matters: new Table(),
    bankAccounts: new Table(),
    bills: new Table(),
    allocations: new Table(2_000_001),
    links: new Table(6_000_001),
    payments: new Table(4_000_001),
    nextManualPaymentId: 800_000,
    version: 0,
  };
  seedUsers(data, epochMs);
  seedContacts(data, random, Math.max(4, Math.round(options.size / 8)), epochMs);
  seedMatters(data, random, Math.max(6, Math.round(options.size / 3)), epochMs);
  seedBankAccounts(data, epochMs);
  seedBills(data, random, options, epochMs);
  seedPaymentLinks(data, random, options.size, epochMs);
  return data;
}
