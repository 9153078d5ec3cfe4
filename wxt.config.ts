import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'wxt';
import { CLIO_APP_MATCHES, CLIO_HOST_PATTERNS } from './lib/clio/regions';
import { manifestLocales, manifestMessageName } from './lib/i18n/manifest-locales';
import { precompiledCatalogue } from './lib/i18n/precompiled-catalogue';
import { zodJitless } from './lib/zod-jitless';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // The sources addons.mozilla.org rebuilds the Firefox package from: the code and how to build it,
  // not the tests, reports and pictures around it.
  zip: {
    excludeSources: [
      'tests/**',
      'docs/**',
      'reports/**',
      'tour-screenshots/**',
      'test-results/**',
      'scripts/tour.ts',
    ],
  },
  vite: () => ({
    plugins: [tailwindcss(), precompiledCatalogue(), zodJitless()],
    // Pages and panels are written against React's API and run on Preact's implementation of it: the
    // same components at a tenth of the weight, which Clio's bill pages and the popup parse each time.
    resolve: {
      alias: [
        { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
        { find: /^react-dom$/, replacement: 'preact/compat' },
        { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
        { find: /^react$/, replacement: 'preact/compat' },
      ],
    },
  }),
  hooks: {
    // WXT grants a runtime-registered content script's matches at install; Remit's are registered
    // only for the host the firm grants when it connects (see lib/connection/clio-access.ts).
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.host_permissions = manifest.host_permissions?.filter(
        (pattern: string) => !CLIO_APP_MATCHES.includes(pattern),
      );
      if (manifest.host_permissions?.length === 0) delete manifest.host_permissions;
      // The toolbar button's name, before the badge's title says more.
      if (manifest.action) manifest.action.default_title = `__MSG_${manifestMessageName('extension.name')}__`;
    },
    // The manifest's words come from the message catalogue, as everything else Remit shows.
    'build:publicAssets': (_wxt, files) => {
      files.push(...manifestLocales());
    },
  },
  manifest: ({ manifestVersion }) => ({
    name: `__MSG_${manifestMessageName('extension.name')}__`,
    description: `__MSG_${manifestMessageName('extension.description')}__`,
    default_locale: 'en',
    // `storage` holds only the language the user chose, which a Clio tab's panel reads itself.
    permissions: ['identity', 'scripting', 'alarms', 'contextMenus', 'notifications', 'storage'],
    // No Clio host at install: the firm grants its own region's host when it connects.
    ...(manifestVersion === 3
      ? { optional_host_permissions: CLIO_HOST_PATTERNS }
      : { optional_permissions: CLIO_HOST_PATTERNS }),
    browser_specific_settings: {
      gecko: {
        id: 'remit@remit-for-clio.app',
        // Remit talks only to the firm's own Clio account; nothing leaves for anyone else.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
