import { billIdFromUrl, isBillPage } from '@/lib/clio/pages';
import type { Feature } from '@/lib/content/features';
import { sendThroughClio } from '@/lib/content/send-through-clio';
import { RemitError } from '@/lib/messaging/remit-error';
import { handleTabMessages } from '@/lib/messaging/tab-messaging';

/** Performs sends the background asks for, on the bill page this tab shows. */
export const sendThroughClioFeature: Feature = {
  name: 'send-through-clio',
  include: isBillPage,
  init({ url, signal }) {
    handleTabMessages(
      {
        async driveSendDialog(request) {
          if (billIdFromUrl(url) !== request.billId) {
            throw new RemitError('invalid', 'This tab no longer shows that bill.');
          }
          return sendThroughClio(request, signal);
        },
      },
      signal,
    );
  },
};
