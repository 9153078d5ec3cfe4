import { localIsoDate } from '../format';
import type { ClioScopes, Handlers } from '../messaging/handle';
import { anyPage } from '../messaging/page-scope';
import { cachedBillTable, cachedLastActions } from './bill-cache';
import type { BillFilter, FilterDay } from './bill-filter';
import type { collectionMessages } from './messages';
import { queryBills, selectionTotals } from './query-bills';
import { openCollectionsWorkspace } from './workspace-page';

export interface CollectionNeeds {
  /** The bills a reminder is due for today (reminders build on the workspace, not the reverse). */
  remindersDue: () => Promise<ReadonlySet<number>>;
}

export function collectionHandlers(needs: CollectionNeeds): Handlers<typeof collectionMessages> {
  /** Today, and the reminders due only when the filter asks for them: they cost a pass over the bills. */
  const dayOf = async (filter: BillFilter): Promise<FilterDay> => ({
    today: localIsoDate(),
    remindersDue: filter.queue?.name === 'reminders_due' ? await needs.remindersDue() : new Set(),
  });
  return {
    queryBills: async (query) => {
      const [table, lastActions, day] = await Promise.all([
        cachedBillTable(),
        cachedLastActions(),
        dayOf(query.filter),
      ]);
      return queryBills(table, query, day, lastActions);
    },
    selectionTotals: async (query) =>
      selectionTotals(await cachedBillTable(), query, await dayOf(query.filter)),
    openWorkspace: async () => {
      await openCollectionsWorkspace();
      return {};
    },
  };
}

/** Any Clio page may open the workspace: it shows nothing until the user looks at it in Remit's own tab. */
export const collectionScopes: ClioScopes<typeof collectionMessages> = { openWorkspace: anyPage };
