import { defineContentScript } from 'wxt/utils/define-content-script';
import { CLIO_APP_MATCHES } from '@/lib/clio/regions';
import { reportContextTargets, watchForFeaturePages } from '@/lib/content/loader';

export default defineContentScript({
  matches: CLIO_APP_MATCHES,
  // Early, so the features are loading while Clio renders; the loader itself only sends a message.
  runAt: 'document_start',
  main(ctx) {
    watchForFeaturePages(ctx);
    reportContextTargets(ctx);
  },
});
