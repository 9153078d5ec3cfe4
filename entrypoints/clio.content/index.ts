import { defineContentScript } from 'wxt/utils/define-content-script';
import { CLIO_APP_MATCHES } from '@/lib/clio/regions';
import { reportContextTargets, watchForFeaturePages } from '@/lib/content/loader';

/**
 * Registered by the background for the Clio hosts the firm granted (see lib/connection/clio-access),
 * never declared in the manifest: no Clio host is asked for at install.
 */
export default defineContentScript({
  matches: CLIO_APP_MATCHES,
  registration: 'runtime',
  // Early, so the features are loading while Clio renders; the loader itself only sends a message.
  runAt: 'document_start',
  main(ctx) {
    watchForFeaturePages(ctx);
    reportContextTargets(ctx);
  },
});
