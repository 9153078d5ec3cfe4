import '@/assets/extension-page.css';
import { OptionsPage } from '@/components/options/options-page';
import { t } from '@/lib/i18n/text';
import { mountPage } from '@/lib/react/mount-page';

document.title = t('options.page_title');
mountPage(<OptionsPage />);
