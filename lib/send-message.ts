import { messengerFor } from './messaging/send';
import type { Protocol } from './protocol';

/** How pages and content scripts ask the background: typed by the protocol, without its schemas. */
export const { sendMessage, readReply } = messengerFor<Protocol>();
