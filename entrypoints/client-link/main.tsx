import '@/assets/extension-page.css';
import { ClientLinkPage } from '@/components/client-link/client-link-page';
import { t } from '@/lib/i18n/text';
import { clientLinkQuery } from '@/lib/payment-links/client-link-query';
import { mountPage } from '@/lib/react/mount-page';

document.title = t('client_link.page_title');
mountPage(<ClientLinkPage query={clientLinkQuery(location.search)} />);
