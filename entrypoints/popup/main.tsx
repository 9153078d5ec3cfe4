import '@/assets/extension-page.css';
import { PopupPage } from '@/components/popup/popup-page';
import { mountPage } from '@/lib/react/mount-page';
import { useReceivables } from '@/lib/stores/receivables-store';

// Takes the answer popup-early-ask.ts asked for before React's first render, so it can hold the figures.
void useReceivables.getState().load();
void mountPage(() => <PopupPage />, 'extension.name');
