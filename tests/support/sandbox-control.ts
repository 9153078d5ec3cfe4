import type { Fault } from '../sandbox/faults/faults';
import type { Sandbox } from '../sandbox/server';
import { loopbackJson } from './loopback-https';

/** A bill as the sandbox's control endpoint reports it: every field, money as numbers. */
export interface SandboxBill {
  id: number;
  number: string;
  state: string;
  kind: string;
  clientId: number;
  currency: string;
  total: number;
  /** The total less discounts: what the client was asked to pay. */
  due: number;
  paid: number;
  /** Credit notes applied. */
  credits: number;
  balance: number;
  pending: number;
  due_at: string;
  shared: boolean;
  last_sent_at: string | null;
}

export interface SandboxContact {
  id: number;
  name: string;
  primary_email_address: string | null;
}

export interface SandboxRecord {
  id: number;
}

export interface SandboxMatter extends SandboxRecord {
  description: string;
}

export interface SandboxAllocation extends SandboxRecord {
  date: string;
  amount: number;
  billId: number;
  contactId: number;
  voided_at: string | null;
  parent: { type: 'Payment' | 'CreditMemo'; id: number };
}

export interface SandboxLink extends SandboxRecord {
  amount: number | null;
  destinationAccountId: number;
  expiredManually: boolean;
  created_at: string;
  paymentId: number | null;
  currency: string;
  active: boolean;
  expires_at: string;
  url: string;
  subject: { type: 'Bill' | 'Contact' | 'BankAccount'; id: number };
}

export interface SandboxBankAccount extends SandboxRecord {
  name: string;
  type: 'Operating' | 'Trust';
  currency: string;
  clio_payments_enabled: boolean;
}

export interface SandboxPayment extends SandboxRecord {
  amount: number;
  currency: string;
  state: string;
  created_at: string;
  billIds: number[];
  contactId: number | null;
  linkId: number | null;
}

export interface SandboxSnapshot {
  counts: Record<string, number> & { activeAccessTokens: number };
  /** Every send made through the replica's Send dialog. */
  sends: {
    billId: number;
    portal: boolean;
    email: boolean;
    subject: string | null;
    message: string;
    at: string;
  }[];
  /** Requests since the last reset of the counters, by route pattern such as `GET /api/v4/bills`. */
  requests: {
    total: number;
    byStatus: Record<string, number>;
    byPath: Record<string, number>;
    /** The same by the moment each request arrived, before any answer. */
    arrived: Record<string, number>;
    /** Query parameters Clio does not document for that index, by index: `{"GET /bills": ["x"]}`. */
    undocumented: Record<string, string[]>;
  };
}

/** Reads and changes the sandbox through its control endpoint, as a black box. */
export function sandboxControl(sandbox: Pick<Sandbox, 'url'>) {
  const url = (path: string) => `${sandbox.url}/__sandbox/${path}`;
  const json = { 'content-type': 'application/json' };
  const post = <T = unknown>(path: string, body: unknown = {}) =>
    loopbackJson<T>(url(path), { method: 'POST', headers: json, body: JSON.stringify(body) });
  return {
    state: () => loopbackJson<SandboxSnapshot>(url('state')),
    resetRequestCounters: () => post('requests/reset'),
    bills: async () => (await loopbackJson<{ bills: SandboxBill[] }>(url('bills'))).bills,
    bill: async (id: number) => (await loopbackJson<{ bill: SandboxBill }>(url(`bills/${id}`))).bill,
    contacts: async () => (await loopbackJson<{ contacts: SandboxContact[] }>(url('contacts'))).contacts,
    matters: async () => (await loopbackJson<{ matters: SandboxMatter[] }>(url('matters'))).matters,
    allocations: async () =>
      (await loopbackJson<{ allocations: SandboxAllocation[] }>(url('allocations'))).allocations,
    links: async () => (await loopbackJson<{ links: SandboxLink[] }>(url('links'))).links,
    payments: async () => (await loopbackJson<{ payments: SandboxPayment[] }>(url('payments'))).payments,
    bankAccounts: async () =>
      (await loopbackJson<{ bankAccounts: SandboxBankAccount[] }>(url('bank-accounts'))).bankAccounts,
    setClioPayments: (accountId: number, enabled: boolean) =>
      loopbackJson(url(`bank-accounts/${accountId}`), {
        method: 'PATCH',
        headers: json,
        body: JSON.stringify({ clio_payments_enabled: enabled }),
      }),
    /** Turns Clio's own automated reminders on or off for a client. */
    setClioReminders: (contactId: number, enabled: boolean) =>
      loopbackJson(url(`contacts/${contactId}`), {
        method: 'PATCH',
        headers: json,
        body: JSON.stringify({ reminders_enabled: enabled }),
      }),
    /** Lowers Clio's link limits (50 per user) so a test reaches them; null restores Clio's. */
    setLinkLimits: (limits: { active?: number | null; daily?: number | null }) => post('link-limits', limits),
    updateBill: (id: number, changes: Record<string, unknown>) =>
      loopbackJson(url(`bills/${id}`), { method: 'PATCH', headers: json, body: JSON.stringify(changes) }),
    payBill: (id: number, amount: number) =>
      post<{ bill: SandboxBill; allocation: SandboxAllocation }>(`bills/${id}/pay`, { amount }),
    /** The API will answer this link's `url` as given, as a Clio gone wrong might. */
    setLinkUrl: (id: number, linkUrl: string) =>
      loopbackJson(url(`links/${id}`), {
        method: 'PATCH',
        headers: json,
        body: JSON.stringify({ url: linkUrl }),
      }),
    voidBill: (id: number) => post(`bills/${id}/void`),
    deleteBill: (id: number) => loopbackJson(url(`bills/${id}`), { method: 'DELETE' }),
    /** Deletes a manual payment or credit note in Clio: its allocation is gone, its bill owes it again. */
    deleteAllocation: (id: number) => loopbackJson(url(`allocations/${id}`), { method: 'DELETE' }),
    /** The API will answer `field` of this bill with the raw JSON `value`. */
    corruptBill: (id: number, field: string, value: unknown) => post(`bills/${id}/corrupt`, { field, value }),
    /** Clio's dialog refuses every send with `message`, or only `billId`'s; null sends again. */
    refuseSends: (message: string | null, billId?: number) => post('sends/refusal', { message, billId }),
    injectFaults: (faults: Fault[], seed = 1) => post('faults', { faults, seed }),
    clearFaults: () => loopbackJson(url('faults'), { method: 'DELETE' }),
    expireTokens: () => post('tokens/expire'),
    revokeTokens: () => post('tokens/revoke'),
  };
}

export type SandboxControl = ReturnType<typeof sandboxControl>;
