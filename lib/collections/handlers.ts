import { localIsoDate } from '../format';
import type { Handlers } from '../messaging/handle';
import { cachedBillTable } from './bill-cache';
import type { collectionMessages } from './messages';
import { queryBills, selectionTotals } from './query-bills';

export const collectionHandlers: Handlers<typeof collectionMessages> = {
  queryBills: async (query) => queryBills(await cachedBillTable(), query, localIsoDate()),
  selectionTotals: async (query) => selectionTotals(await cachedBillTable(), query, localIsoDate()),
};
