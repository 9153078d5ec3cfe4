import { z } from 'zod';
import { REGION_IDS } from '../clio/regions';
import { billStates } from '../clio/schemas';
import { syncedResources } from '../db/records';

/** What a panel may know about a bill: figures and status, never anything that authorises a call. */
export const billView = z.object({
  id: z.number().int(),
  number: z.string(),
  state: z.enum(billStates),
  kind: z.string(),
  clientName: z.string().nullable(),
  currencyCode: z.string(),
  total: z.number().int(),
  paid: z.number().int(),
  balance: z.number().int(),
  pending: z.number().int(),
  issuedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  shared: z.boolean(),
  lastSentAt: z.string().nullable(),
  fetchedAt: z.number(),
});
export type BillView = z.infer<typeof billView>;

export const connectionStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('disconnected') }),
  z.object({
    state: z.enum(['connected', 'reconnect']),
    region: z.enum(REGION_IDS),
    user: z.object({ name: z.string(), email: z.string() }),
    firmName: z.string().nullable(),
  }),
]);
export type ConnectionStatus = z.infer<typeof connectionStatus>;

export const syncStatus = z.object({
  running: z.boolean(),
  /** When every resource had last finished a run (the oldest of them), or null before the first. */
  lastCompletedAt: z.number().nullable(),
  error: z.string().nullable(),
  resources: z.array(
    z.object({
      resource: z.enum(syncedResources),
      label: z.string(),
      running: z.boolean(),
      runKind: z.enum(['full', 'incremental']).nullable(),
      pages: z.number().int(),
      records: z.number().int(),
      completedAt: z.number().nullable(),
    }),
  ),
  setAside: z.array(
    z.object({
      resource: z.enum(syncedResources),
      recordId: z.number().nullable(),
      reason: z.string(),
      at: z.number(),
    }),
  ),
});
export type SyncStatus = z.infer<typeof syncStatus>;

const none = z.object({});

/**
 * Every message between the UI (content scripts, popup, options) and the background: its name, the
 * request it carries and the answer it gets. Both sides validate against these schemas.
 */
export const protocol = {
  getBill: { request: z.object({ billId: z.number().int().positive() }), response: billView },
  getConnection: { request: none, response: connectionStatus },
  connect: {
    request: z.object({
      region: z.enum(REGION_IDS),
      clientId: z.string().trim().min(1),
      clientSecret: z.string().trim().min(1),
    }),
    response: connectionStatus,
  },
  reconnect: { request: none, response: connectionStatus },
  disconnect: { request: none, response: connectionStatus },
  getSyncStatus: { request: none, response: syncStatus },
  syncNow: { request: none, response: syncStatus },
  loadBillFeatures: { request: none, response: none },
} as const;

export type MessageName = keyof typeof protocol;
export type RequestOf<N extends MessageName> = z.input<(typeof protocol)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.output<(typeof protocol)[N]['response']>;

export const errorCodes = [
  'not_connected',
  'reconnect',
  'not_found',
  'forbidden',
  'network',
  'clio',
  'invalid',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const envelope = z.object({ name: z.string(), request: z.unknown() });

export const reply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.enum(errorCodes), message: z.string() }) }),
]);
export type Reply = z.infer<typeof reply>;
