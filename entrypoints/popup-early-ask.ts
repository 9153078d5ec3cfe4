import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askEarly } from '@/lib/messaging/early-ask';
import type { MessageName } from '@/lib/protocol';

/** Loaded by the popup before its bundle: the figures are asked for while React is still on its way. */
export default defineUnlistedScript(() => {
  askEarly('getReceivables' satisfies MessageName);
});
