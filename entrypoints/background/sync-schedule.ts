import { browser } from 'wxt/browser';
import { loadConnection } from '@/lib/connection/store';
import { sweepDeletedBills } from '@/lib/sync/id-sweep';
import { hasUnfinishedRun, runSync } from '@/lib/sync/run-sync';

const SYNC_ALARM = 'remit-sync';
const SWEEP_ALARM = 'remit-sweep-deleted-bills';

/**
 * Periodic work runs on alarms (an MV3 worker keeps no timers), and a run a stopped worker cut short
 * resumes as soon as the worker starts again.
 */
export function scheduleSync(): void {
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (!(await loadConnection())) return;
    if (alarm.name === SYNC_ALARM) await runSync().catch(() => undefined);
    if (alarm.name === SWEEP_ALARM) await sweepDeletedBills().catch(() => undefined);
  });
  void ensureAlarms();
  void resumeUnfinishedRun();
}

async function ensureAlarms(): Promise<void> {
  if (!(await browser.alarms.get(SYNC_ALARM)))
    await browser.alarms.create(SYNC_ALARM, { periodInMinutes: 15 });
  if (!(await browser.alarms.get(SWEEP_ALARM)))
    await browser.alarms.create(SWEEP_ALARM, { periodInMinutes: 24 * 60 });
}

async function resumeUnfinishedRun(): Promise<void> {
  const connection = await loadConnection();
  if (connection && !connection.needsReconnect && (await hasUnfinishedRun()))
    await runSync().catch(() => undefined);
}
