import '@/assets/extension-page.css';
import { PopupPage } from '@/components/popup-page';
import { mountPage } from '@/lib/react/mount-page';

mountPage(<PopupPage />);
