import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureMorningAlarm, nextMorning, onMorningAlarm } from '@/lib/reminders/morning-alarm';

describe('the morning’s look at the reminders', () => {
  const zone = process.env.TZ;
  beforeEach(() => {
    fakeBrowser.reset();
    // A zone with daylight saving, which began there on March 8th, 2026.
    process.env.TZ = 'America/Toronto';
  });
  afterEach(() => {
    process.env.TZ = zone;
    vi.useRealTimers();
  });

  it('comes at 8 in the morning on the computer’s clock, before and after the clocks change', () => {
    expect(new Date(nextMorning(Date.parse('2026-03-07T15:00:00Z'))).toISOString()).toBe(
      '2026-03-08T12:00:00.000Z',
    );
    expect(new Date(nextMorning(Date.parse('2026-03-06T15:00:00Z'))).toISOString()).toBe(
      '2026-03-07T13:00:00.000Z',
    );
    // Before 8 the same day, after it the next.
    expect(new Date(nextMorning(Date.parse('2026-03-09T11:59:00Z'))).toISOString()).toBe(
      '2026-03-09T12:00:00.000Z',
    );
  });

  it('is set one morning at a time, the next set as each one comes, so no clock change moves it', async () => {
    expect(await ensureMorningAlarm(Date.parse('2026-03-07T15:00:00Z'))).toBe(true);
    expect(await browser.alarms.get('remit-reminders')).toMatchObject({
      scheduledTime: Date.parse('2026-03-08T12:00:00Z'),
    });
    expect((await browser.alarms.get('remit-reminders'))?.periodInMinutes).toBeUndefined();
    expect(await ensureMorningAlarm(Date.parse('2026-03-07T16:00:00Z'))).toBe(false);

    const look = vi.fn(async () => undefined);
    onMorningAlarm(look);
    vi.setSystemTime(Date.parse('2026-03-08T12:00:01Z'));
    const alarm = await browser.alarms.get('remit-reminders');
    if (!alarm) throw new Error('no alarm');
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await vi.waitFor(() => expect(look).toHaveBeenCalledOnce());
    expect((await browser.alarms.get('remit-reminders'))?.scheduledTime).toBe(
      Date.parse('2026-03-09T12:00:00Z'),
    );
    vi.useRealTimers();
  });

  it('replaces a daily alarm an earlier version set, which drifted at each clock change', async () => {
    await browser.alarms.create('remit-reminders', {
      when: Date.parse('2026-03-08T13:00:00Z'),
      periodInMinutes: 1440,
    });
    // Not lost: no look is owed for it.
    expect(await ensureMorningAlarm(Date.parse('2026-03-07T15:00:00Z'))).toBe(false);
    expect(await browser.alarms.get('remit-reminders')).toMatchObject({
      scheduledTime: Date.parse('2026-03-08T12:00:00Z'),
    });
    expect((await browser.alarms.get('remit-reminders'))?.periodInMinutes).toBeUndefined();
  });
});
