import '@/assets/extension-page.css';
import { PopupPage } from '@/components/popup-page';
import { mountPage } from '@/lib/react/mount-page';
import { useReceivables } from '@/lib/stores/receivables-store';

// Asked before React's first render, so the figures are on their way while the page mounts.
void useReceivables.getState().load();
mountPage(<PopupPage />);
