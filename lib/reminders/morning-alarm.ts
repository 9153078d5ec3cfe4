import { browser } from 'wxt/browser';
import { MORNING_HOUR } from './daily-check';

const REMINDERS_ALARM = 'remit-reminders';

/** The next MORNING_HOUR on the computer's clock after `now`, as a moment. */
export function nextMorning(now: number): number {
  const morning = new Date(now);
  morning.setHours(MORNING_HOUR, 0, 0, 0);
  if (morning.getTime() <= now) morning.setDate(morning.getDate() + 1);
  return morning.getTime();
}

/**
 * Sets the alarm of the next morning's look at the reminders, unless it is set: one morning at a
 * time, since a daily period drifts an hour off the morning at each daylight-saving change (an alarm
 * left with one by an earlier version is set again). True when it was not set: a look may have been
 * lost with it.
 */
export async function ensureMorningAlarm(now = Date.now()): Promise<boolean> {
  const existing = await browser.alarms.get(REMINDERS_ALARM);
  if (existing && existing.periodInMinutes === undefined) return false;
  await browser.alarms.create(REMINDERS_ALARM, { when: nextMorning(now) });
  return existing === undefined;
}

/** Each morning's look, the next morning's alarm set first so a look that fails loses no later one. */
export function onMorningAlarm(look: () => Promise<void>): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== REMINDERS_ALARM) return;
    browser.alarms
      .create(REMINDERS_ALARM, { when: nextMorning(Date.now()) })
      .then(look)
      .catch((error) => console.error('Remit: reminders', error));
  });
}
