import { defineBackground } from 'wxt/utils/define-background';
import { dropWorkspaceCachesOnChange } from '@/lib/collections/bill-cache';
import { followResumeNotices } from '@/lib/mailing/resume-notice';
import { resumeMailing, resumeMailings } from '@/lib/mailing/send-all';
import { resumeLinkRequests } from '@/lib/payment-links/create-links';
import { followClioAccess } from './clio-loader';
import { registerContextMenu } from './context-menu';
import { followLanguage } from './language';
import { registerMessageHandlers } from './message-handlers';
import { publishChanges } from './publish-changes';
import { retryRevocationsOnAlarm } from './revocation-retry';
import { followSends } from './sends';
import { scheduleSync } from './sync-schedule';

export default defineBackground(() => {
  followLanguage();
  registerMessageHandlers();
  publishChanges();
  dropWorkspaceCachesOnChange();
  followClioAccess();
  scheduleSync();
  registerContextMenu();
  retryRevocationsOnAlarm();
  followSends();
  void resumeLinkRequests();
  followResumeNotices(resumeMailing);
  void resumeMailings().catch((error) => console.error('Remit: mailings were not resumed', error));
});
