import { cachedBillTable } from '../collections/bill-cache';
import { selectedBills } from '../collections/query-bills';
import { localIsoDate } from '../format';
import type { Handlers } from '../messaging/handle';
import type { mailingMessages } from './messages';
import { changeEnvelope, currentReview, discardReview, leaveOut, startReview } from './review';

export const mailingHandlers: Handlers<typeof mailingMessages> = {
  startReview: async (query) => ({
    mailingId: await startReview(selectedBills(await cachedBillTable(), query, localIsoDate())),
  }),
  currentReview: async () => ({ review: await currentReview() }),
  changeEnvelope: async (change) => {
    await changeEnvelope(change);
    return {};
  },
  leaveOut: async ({ envelopeId, billId }) => {
    await leaveOut(envelopeId, billId);
    return {};
  },
  discardReview: async ({ mailingId }) => {
    await discardReview(mailingId);
    return {};
  },
};
