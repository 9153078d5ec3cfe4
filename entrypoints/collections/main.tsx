import '@/assets/extension-page.css';
import { CollectionsPage } from '@/components/collections/collections-page';
import { mountPage } from '@/lib/react/mount-page';

void mountPage(() => <CollectionsPage />, 'collections.page_title');
