import { localIsoDate } from '../format';
import type { Handlers } from '../messaging/handle';
import { daysToPayNow, insightNow } from './insight';
import type { insightMessages } from './messages';

export const insightHandlers: Handlers<typeof insightMessages> = {
  getInsight: () => insightNow(localIsoDate()),
  getDaysToPay: async () => ({ currencies: await daysToPayNow(localIsoDate()) }),
};
