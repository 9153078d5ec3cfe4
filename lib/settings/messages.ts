import { defineMessage, none } from '../messaging/define';
import { settingsSchema } from './settings-schema';

export const settingsMessages = {
  /** The panel reads the messages it fills in for a send; only Remit's own pages change them. */
  getSettings: defineMessage('both', none, settingsSchema),
  saveSettings: defineMessage('extension', settingsSchema, settingsSchema),
  openOptions: defineMessage('both', none, none),
};
