import { fieldsOf } from '../clio/fields';
import { clioOutstandingBalance } from '../clio/schemas';
import { clioApi } from '../connection/clio-session';
import { keepClioReminded } from './holds';

/**
 * Asks Clio which clients its own automated reminders are on for (a flag of each client's
 * outstanding balance: only clients who owe are reminded), and keeps the answer for the cadence. A
 * record that does not read, or does not name its client, is left out, as if its reminders were off.
 */
export async function refreshClioReminded(account: string): Promise<void> {
  const api = await clioApi();
  const query = new URLSearchParams({ fields: fieldsOf(clioOutstandingBalance), limit: '200' });
  const reminded: number[] = [];
  let next: string | undefined = `outstanding_client_balances.json?${query}`;
  while (next) {
    const page = await api.page(next);
    for (const record of page.records) {
      const balance = clioOutstandingBalance.safeParse(record);
      // Without its contact a balance names no client: its own id is not the client's.
      if (!balance.success || !balance.data.reminders_enabled || !balance.data.contact) continue;
      reminded.push(balance.data.contact.id);
    }
    next = page.next;
  }
  await keepClioReminded(account, reminded);
}
