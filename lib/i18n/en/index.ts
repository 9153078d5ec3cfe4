import { billPanelText } from './bill-panel';
import { clientLinkText } from './client-link';
import { clioText } from './clio';
import { clioPageText } from './clio-page';
import { collectionsText } from './collections';
import { commonText } from './common';
import { connectionText } from './connection';
import { exportText } from './export';
import { extensionText } from './extension';
import { insightText } from './insight';
import { linksText } from './links';
import { mailingText } from './mailing';
import { optionsText } from './options';
import { outboxText } from './outbox';
import { paymentLinkText } from './payment-link';
import { paymentStatesText } from './payment-states';
import { popupText } from './popup';
import { recordsText } from './records';
import { remindersText } from './reminders';
import { sendText } from './send';
import { settingsText } from './settings';
import { summaryText } from './summary';
import { syncText } from './sync';
import { syncViewText } from './sync-view';

/**
 * Every word Remit shows, in English. Each part belongs to one area of the product; keys start with
 * the area's name, so two areas never clash.
 */
export const en = {
  ...commonText,
  ...extensionText,
  ...clioText,
  ...clioPageText,
  ...connectionText,
  ...syncText,
  ...syncViewText,
  ...recordsText,
  ...summaryText,
  ...popupText,
  ...settingsText,
  ...remindersText,
  ...exportText,
  ...insightText,
  ...optionsText,
  ...billPanelText,
  ...outboxText,
  ...sendText,
  ...linksText,
  ...paymentLinkText,
  ...paymentStatesText,
  ...clientLinkText,
  ...collectionsText,
  ...mailingText,
};
