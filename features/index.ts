import type { Feature } from '@/lib/content/features';
import { billPanelFeature } from './bill-panel';
import { billsListButtonFeature } from './bills-list-button';
import { sendDialogFeature } from './send-dialog';

/** Every feature Remit adds to Clio's pages, each in its own folder with its page predicate. */
export const features: Feature[] = [billPanelFeature, sendDialogFeature, billsListButtonFeature];
