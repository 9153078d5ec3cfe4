import { commonText } from './common';
import { extensionText } from './extension';

/**
 * Every word Remit shows, in English. Each part belongs to one area of the product; keys start with
 * the area's name, so two areas never clash.
 */
export const en = {
  ...commonText,
  ...extensionText,
};
