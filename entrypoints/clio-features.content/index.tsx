import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CLIO_APP_MATCHES } from '@/lib/clio/regions';
import { runFeatures } from '@/lib/content/features';
import { paymentStatusPanel } from './payment-status-panel';
import { sendThroughClioFeature } from './send-through-clio';

/** Injected by the background on demand (see the loader), never declared in the manifest. */
export default defineContentScript({
  matches: CLIO_APP_MATCHES,
  registration: 'runtime',
  cssInjectionMode: 'ui',
  main(ctx) {
    runFeatures(ctx, [paymentStatusPanel, sendThroughClioFeature]);
  },
});
