import { defineBackground } from 'wxt/utils/define-background';
import { registerMessageHandlers } from './message-handlers';
import { scheduleSync } from './sync-schedule';

export default defineBackground(() => {
  registerMessageHandlers();
  scheduleSync();
});
