import { defineContentScript } from 'wxt/utils/define-content-script';
import { CLIO_APP_MATCHES } from '@/lib/clio/regions';
import { reportContextTargets, watchForFeaturePages } from '@/lib/content/loader';

export default defineContentScript({
  matches: CLIO_APP_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    watchForFeaturePages(ctx);
    reportContextTargets(ctx);
  },
});
