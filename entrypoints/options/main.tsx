import '@/assets/extension-page.css';
import { OptionsPage } from '@/components/options-page';
import { mountPage } from '@/lib/react/mount-page';

mountPage(<OptionsPage />);
