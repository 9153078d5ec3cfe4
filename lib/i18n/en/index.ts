import { clioText } from './clio';
import { commonText } from './common';
import { connectionText } from './connection';
import { extensionText } from './extension';
import { linksText } from './links';
import { outboxText } from './outbox';
import { recordsText } from './records';
import { settingsText } from './settings';
import { summaryText } from './summary';
import { syncText } from './sync';

/**
 * Every word Remit shows, in English. Each part belongs to one area of the product; keys start with
 * the area's name, so two areas never clash.
 */
export const en = {
  ...commonText,
  ...extensionText,
  ...clioText,
  ...connectionText,
  ...syncText,
  ...recordsText,
  ...outboxText,
  ...linksText,
  ...summaryText,
  ...settingsText,
};
