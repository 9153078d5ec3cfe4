import '@/assets/extension-page.css';
import { OptionsPage } from '@/components/options/options-page';
import { mountPage } from '@/lib/react/mount-page';

void mountPage(() => <OptionsPage />, 'options.page_title');
