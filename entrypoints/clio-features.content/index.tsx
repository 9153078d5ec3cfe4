import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { features } from '@/features';
import { CLIO_APP_MATCHES } from '@/lib/clio/regions';
import { runFeatures } from '@/lib/content/features';

/** Injected by the background on demand (see the loader), never declared in the manifest. */
export default defineContentScript({
  matches: CLIO_APP_MATCHES,
  registration: 'runtime',
  cssInjectionMode: 'ui',
  main(ctx) {
    runFeatures(ctx, features);
  },
});
