import { z } from 'zod';
import { syncedResources } from '../db/records/sync-state';
import { textSchema } from '../i18n/text-schema';
import { defineMessage, none } from '../messaging/define';

export const syncStatus = z.object({
  running: z.boolean(),
  /** When every resource had last finished a run (the oldest of them), or null before the first. */
  lastCompletedAt: z.number().nullable(),
  /** Whether every bill awaiting payment is in: the popup's current figures are whole, history or not. */
  currentFiguresReady: z.boolean(),
  error: textSchema.nullable(),
  resources: z.array(
    z.object({
      resource: z.enum(syncedResources),
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
      reason: textSchema,
      at: z.number(),
    }),
  ),
});
export type SyncStatus = z.infer<typeof syncStatus>;

export const syncMessages = {
  getSyncStatus: defineMessage('extension', none, syncStatus),
  syncNow: defineMessage('extension', none, syncStatus),
};
