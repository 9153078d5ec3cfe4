import { fetchBill } from '@/lib/bills/fetch-bill';
import { connect, disconnect } from '@/lib/connection/connect';
import { loadConnection, statusOf } from '@/lib/connection/store';
import { handleMessages } from '@/lib/messaging/handle';
import { injectBillFeatures } from './bill-features';

export function registerMessageHandlers(): void {
  handleMessages({
    getBill: ({ billId }) => fetchBill(billId),
    getConnection: async () => statusOf(await loadConnection()),
    connect: async (app) => {
      await connect(app);
      return statusOf(await loadConnection());
    },
    disconnect: async () => {
      await disconnect();
      return statusOf(undefined);
    },
    loadBillFeatures: async (_request, sender) => {
      await injectBillFeatures(sender);
      return {};
    },
  });
}
