import { defineBackground } from 'wxt/utils/define-background';
import { registerMessageHandlers } from './message-handlers';

export default defineBackground(() => {
  registerMessageHandlers();
});
