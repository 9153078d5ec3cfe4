import { clientLinkText } from './client-link';
import { commonText } from './common';
import { extensionText } from './extension';
import { optionsText } from './options';
import { paymentLinkText } from './payment-link';
import { popupText } from './popup';
import { syncViewText } from './sync-view';

/**
 * Every word Remit shows, in English. Each part belongs to one area of the product; keys start with
 * the area's name, so two areas never clash.
 */
export const en = {
  ...commonText,
  ...extensionText,
  ...popupText,
  ...optionsText,
  ...syncViewText,
  ...clientLinkText,
  ...paymentLinkText,
};
