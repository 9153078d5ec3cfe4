import { clioApi } from '../connection/clio-session';
import { db } from '../db/database';
import { refreshSummary } from '../summary/summary-store';

/**
 * Clio's index hides deleted bills, so an incremental sync never hears of them. Now and then, list
 * every bill id Clio still has and drop cached bills that are gone.
 */
export async function sweepDeletedBills(): Promise<number> {
  const api = await clioApi();
  const present = new Set<number>();
  let url: string | undefined = 'bills.json?fields=id&limit=200&order=id(asc)';
  while (url) {
    const page = await api.page(url);
    for (const record of page.records) {
      const id = (record as { id?: unknown }).id;
      if (typeof id === 'number') present.add(id);
    }
    url = page.next;
  }
  const gone = (await db.bills.toCollection().primaryKeys()).filter((id) => !present.has(id));
  await db.bills.bulkDelete(gone);
  if (gone.length > 0) await refreshSummary();
  return gone.length;
}
