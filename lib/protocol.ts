import { billPanelMessages } from './bill-panel/messages';
import { collectionMessages } from './collections/messages';
import { connectionMessages } from './connection/messages';
import { contentMessages } from './content/messages';
import { exportMessages } from './export/messages';
import { insightMessages } from './insight/messages';
import { mailingMessages } from './mailing/messages';
import type { RequestIn, ResponseIn } from './messaging/define';
import { sendMessages } from './outbox/messages';
import { paymentLinkMessages } from './payment-links/messages';
import { reminderMessages } from './reminders/messages';
import { settingsMessages } from './settings/messages';
import { summaryMessages } from './summary/messages';
import { syncMessages } from './sync/messages';

/**
 * Every message between the UI (content scripts, popup, options) and the background: each domain's
 * own table, merged. A new feature adds its table here and nothing else. The background answers by
 * it; the UI asks through `send-message.ts`, which needs only its types.
 */
export const protocol = {
  ...billPanelMessages,
  ...sendMessages,
  ...paymentLinkMessages,
  ...connectionMessages,
  ...syncMessages,
  ...summaryMessages,
  ...collectionMessages,
  ...mailingMessages,
  ...reminderMessages,
  ...exportMessages,
  ...insightMessages,
  ...settingsMessages,
  ...contentMessages,
};

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = RequestIn<Protocol, N>;
export type ResponseOf<N extends MessageName> = ResponseIn<Protocol, N>;
