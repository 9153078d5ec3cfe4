import { db } from '../db/database';
import { RemitError } from '../errors';
import { cachedSelection } from './fresh-selection';
import { type LinkPlan, oldestFirst, planLinks, whyNotPayable } from './link-plan';
import type { PayableBills } from './messages';

/** A client's bills a link can pay, oldest due first, from the cache. */
export async function payableBills(clientId: number): Promise<PayableBills> {
  const [contact, bills] = await Promise.all([
    db.contacts.get(clientId),
    db.bills.where('clientId').equals(clientId).toArray(),
  ]);
  if (!contact && bills.length === 0) throw new RemitError('not_found', 'links.no_such_client');
  return {
    client: { id: clientId, name: contact?.name ?? bills[0]?.clientName ?? null },
    bills: bills
      .filter((bill) => whyNotPayable(bill) === null)
      .sort(oldestFirst)
      .map((bill) => ({
        id: bill.id,
        number: bill.number,
        trust: bill.kind === 'trust_kind',
        currencyCode: bill.currencyCode,
        balance: bill.balance,
        dueAt: bill.dueAt,
      })),
  };
}

/** The plan for a selection as the cache has it: Clio is asked only when the links are made. */
export async function cachedPlan(billIds: readonly number[]): Promise<LinkPlan> {
  const { selected, clientUnpaid, accounts } = await cachedSelection(billIds);
  return planLinks(selected, clientUnpaid, accounts);
}
