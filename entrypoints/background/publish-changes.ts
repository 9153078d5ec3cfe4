import { Dexie } from 'dexie';
import { db, type RemitDatabase } from '@/lib/db/database';
import { publish } from '@/lib/messaging/publish';
import type { UpdateTopic } from '@/lib/messaging/updates';

/** Which open pages care when a table changes. Tables nobody shows (revocations) tell no one. */
const topicsOf: Partial<Record<keyof RemitDatabase & string, UpdateTopic[]>> = {
  bills: ['bills'],
  allocations: ['bills'],
  paymentLinks: ['bills'],
  payments: ['bills'],
  linkRequests: ['bills'],
  // A mailing's progress is its bills' sends.
  outbox: ['sends', 'mailings'],
  mailings: ['mailings'],
  envelopes: ['mailings'],
  mailingItems: ['mailings'],
  syncState: ['sync'],
  setAside: ['sync', 'bills'],
  summaries: ['receivables'],
  connection: ['connection'],
  settings: ['settings', 'reminders'],
  reminders: ['reminders'],
  reminderHolds: ['reminders'],
};

/**
 * Every write to the cache, by whichever module, reaches the pages that show it: pages are told, they
 * never poll. Dexie reports each committed write with the tables it touched.
 */
export function publishChanges(): void {
  const prefix = `idb://${db.name}/`;
  Dexie.on('storagemutated', (parts) => {
    const topics = new Set<UpdateTopic>();
    for (const part of Object.keys(parts)) {
      if (!part.startsWith(prefix)) continue;
      const table = part.slice(prefix.length).split('/')[0] as keyof typeof topicsOf;
      for (const topic of topicsOf[table] ?? []) topics.add(topic);
    }
    if (topics.size) publish(...topics);
  });
}
