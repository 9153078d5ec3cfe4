import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendDialogFeature } from '@/features/send-dialog';
import { CLIO_APP_MATCHES } from '@/lib/clio/regions';
import { runFeatures } from '@/lib/content/features';

/**
 * Injected instead of the features into a Clio tab Remit opened to send a bill in (see the loader):
 * only the Send dialog's driver, without React or the panel, so each of a run's bills loads light.
 */
export default defineContentScript({
  matches: CLIO_APP_MATCHES,
  registration: 'runtime',
  main(ctx) {
    runFeatures(ctx, [sendDialogFeature]);
  },
});
