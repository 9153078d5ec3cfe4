import { defineMessage, none } from '../messaging/define';

export const contentMessages = {
  /** From the loader on a Clio page that needs Remit's features: inject them into that frame. */
  loadFeatures: defineMessage('clio', none, none),
};
