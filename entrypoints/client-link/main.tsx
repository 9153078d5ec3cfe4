import '@/assets/extension-page.css';
import { ClientLinkPage } from '@/components/client-link/client-link-page';
import { clientLinkQuery } from '@/lib/payment-links/client-link-query';
import { mountPage } from '@/lib/react/mount-page';

void mountPage(() => <ClientLinkPage query={clientLinkQuery(location.search)} />, 'client_link.page_title');
