import '@/assets/extension-page.css';
import { CollectionsPage } from '@/components/collections/collections-page';
import { t } from '@/lib/i18n/text';
import { mountPage } from '@/lib/react/mount-page';

document.title = t('collections.page_title');
mountPage(<CollectionsPage />);
