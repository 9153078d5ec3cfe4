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
  paid: number;
  balance: number;
  pending: number;
  due_at: string;
  shared: boolean;
  last_sent_at: string | null;
}

export interface SandboxContact {
  id: number;
  name: string;
}

/** Reads and changes the sandbox through its control endpoint, as a black box. */
export function sandboxControl(sandbox: Pick<Sandbox, 'url'>) {
  const url = (path: string) => `${sandbox.url}/__sandbox/${path}`;
  const json = { 'content-type': 'application/json' };
  return {
    bills: async () => (await loopbackJson<{ bills: SandboxBill[] }>(url('bills'))).bills,
    bill: async (id: number) => (await loopbackJson<{ bill: SandboxBill }>(url(`bills/${id}`))).bill,
    contacts: async () => (await loopbackJson<{ contacts: SandboxContact[] }>(url('contacts'))).contacts,
    updateBill: (id: number, changes: Record<string, unknown>) =>
      loopbackJson(url(`bills/${id}`), { method: 'PATCH', headers: json, body: JSON.stringify(changes) }),
  };
}
