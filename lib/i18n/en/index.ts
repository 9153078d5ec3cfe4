import { billPanelText } from './bill-panel';
import { clioPageText } from './clio-page';
import { commonText } from './common';
import { extensionText } from './extension';
import { paymentStatesText } from './payment-states';
import { sendText } from './send';

/**
 * Every word Remit shows, in English. Each part belongs to one area of the product; keys start with
 * the area's name, so two areas never clash.
 */
export const en = {
  ...commonText,
  ...extensionText,
  ...billPanelText,
  ...sendText,
  ...paymentStatesText,
  ...clioPageText,
};
