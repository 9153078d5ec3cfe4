import type { Table } from './table.ts';
import type {
  Allocation,
  BankAccount,
  Bill,
  ClioPayment,
  Contact,
  Firm,
  Matter,
  PaymentLink,
  User,
} from './types.ts';

/** Everything the seed creates and the operations change. */
export interface SandboxData {
  firm: Firm;
  users: Table<User>;
  contacts: Table<Contact>;
  matters: Table<Matter>;
  bankAccounts: Table<BankAccount>;
  bills: Table<Bill>;
  allocations: Table<Allocation>;
  links: Table<PaymentLink>;
  payments: Table<ClioPayment>;
  /** Manual (non Clio Payments) payments are only visible as allocation parents. */
  nextManualPaymentId: number;
  /** Global change counter: every change takes the next version, so etags never repeat. */
  version: number;
}
