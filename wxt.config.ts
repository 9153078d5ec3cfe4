import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'wxt';
import { CLIO_HOST_PATTERNS } from './lib/clio/regions';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  vite: () => ({ plugins: [tailwindcss()] }),
  manifest: {
    name: 'Remit for Clio',
    description: 'Payment status, portal sends and payment links for Clio bills, inside Clio Manage.',
    permissions: ['identity', 'scripting', 'alarms', 'contextMenus', 'notifications'],
    host_permissions: CLIO_HOST_PATTERNS,
    browser_specific_settings: {
      gecko: {
        id: 'remit@remit-for-clio.app',
        // Remit talks only to the firm's own Clio account; nothing leaves for anyone else.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
