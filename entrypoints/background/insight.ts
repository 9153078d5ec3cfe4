import { Dexie } from 'dexie';
import { db } from '@/lib/db/database';
import { keepTodaysSnapshot } from '@/lib/insight/snapshots';

const summaryWritten = `idb://${db.name}/summaries/`;

/** Each summary a sync rebuilds leaves the day's outstanding for the trend. */
export function followInsight(): void {
  Dexie.on('storagemutated', (parts) => {
    if (Object.keys(parts).some((part) => part.startsWith(summaryWritten)))
      keepTodaysSnapshot().catch((error) =>
        console.error('Remit: the day’s outstanding was not kept', error),
      );
  });
}
