import { z } from 'zod';
import { REGION_IDS } from '../clio/regions';
import { defineMessage, none } from '../messaging/define';

export const connectionStatus = z.discriminatedUnion('state', [
  /** `revocationPending`: Clio could not be reached at the disconnect; Remit revokes its access once it can. */
  z.object({ state: z.literal('disconnected'), revocationPending: z.boolean() }),
  z.object({
    state: z.enum(['connected', 'reconnect']),
    region: z.enum(REGION_IDS),
    user: z.object({ name: z.string(), email: z.string() }),
    firmName: z.string().nullable(),
  }),
]);
export type ConnectionStatus = z.infer<typeof connectionStatus>;

export const clioApp = z.object({
  region: z.enum(REGION_IDS),
  clientId: z.string().trim().min(1),
  clientSecret: z.string().trim().min(1),
});
export type ClioApp = z.input<typeof clioApp>;

export const connectionMessages = {
  getConnection: defineMessage('extension', none, connectionStatus),
  connect: defineMessage('extension', clioApp, connectionStatus),
  reconnect: defineMessage('extension', none, connectionStatus),
  disconnect: defineMessage('extension', none, connectionStatus),
};
