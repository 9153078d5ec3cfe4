import { defineBackground } from 'wxt/utils/define-background';
import { resumeSends } from '@/lib/outbox/send-outbox';
import { resumeLinkRequests } from '@/lib/payment-links/create-links';
import { registerContextMenu } from './context-menu';
import { registerMessageHandlers } from './message-handlers';
import { scheduleSync } from './sync-schedule';

export default defineBackground(() => {
  registerMessageHandlers();
  scheduleSync();
  registerContextMenu();
  void resumeSends();
  void resumeLinkRequests();
});
