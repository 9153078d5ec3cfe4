import { browser } from 'wxt/browser';
import { billIdFromUrl, isBillPage } from '@/lib/clio/pages';
import type { Feature } from '@/lib/content/features';
import { handleTabMessages } from '@/lib/messaging/tab-handlers';
import type { SendOutcome, SendTabMessages } from '@/lib/outbox/messages';
import { SEND_PORT_PREFIX } from '@/lib/outbox/send-port';
import { sendMessage } from '@/lib/send-message';
import { sendThroughClio } from './drive-dialog';

/**
 * Performs sends the background asks for, on the bill page this tab shows. While it does, a port to
 * the background stays open: if this page goes away before Send bill is pressed, the background
 * learns at once that nothing was sent.
 */
export const sendDialogFeature: Feature = {
  name: 'send-dialog',
  include: isBillPage,
  init({ url, signal }) {
    handleTabMessages<SendTabMessages>(
      {
        async driveSendDialog(request) {
          if (billIdFromUrl(url) !== request.billId) return { started: false };
          const port = browser.runtime.connect({ name: `${SEND_PORT_PREFIX}${request.sendId}` });
          void sendThroughClio(request, signal, (byUser) =>
            sendMessage('sendPressing', { sendId: request.sendId, byUser }).then(
              (answer) => answer.press,
              () => false,
            ),
          )
            .then((outcome) => report(request.sendId, outcome))
            .finally(() => port.disconnect());
          return { started: true };
        },
      },
      signal,
    );
  },
};

/** Tells the background what Clio's dialog did; a worker starting up may miss the first try. */
async function report(sendId: string, outcome: SendOutcome): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    try {
      await sendMessage('sendOutcome', { sendId, outcome });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, attempt * 500));
    }
  }
}
