import { localIsoDate } from '../format';
import type { ClioScopes, Handlers } from '../messaging/handle';
import { anyPage } from '../messaging/page-scope';
import { cachedBillTable, cachedLastActions } from './bill-cache';
import type { collectionMessages } from './messages';
import { queryBills, selectionTotals } from './query-bills';
import { openCollectionsWorkspace } from './workspace-page';

export const collectionHandlers: Handlers<typeof collectionMessages> = {
  queryBills: async (query) => {
    const [table, lastActions] = await Promise.all([cachedBillTable(), cachedLastActions()]);
    return queryBills(table, query, localIsoDate(), lastActions);
  },
  selectionTotals: async (query) => selectionTotals(await cachedBillTable(), query, localIsoDate()),
  openWorkspace: async () => {
    await openCollectionsWorkspace();
    return {};
  },
};

/** Any Clio page may open the workspace: it shows nothing until the user looks at it in Remit's own tab. */
export const collectionScopes: ClioScopes<typeof collectionMessages> = { openWorkspace: anyPage };
