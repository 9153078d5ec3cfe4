import { browser } from 'wxt/browser';
import { REVOCATION_ALARM, retryRevocations } from '@/lib/connection/revocation';

/** Access a disconnect could not give back is revoked on an alarm, and as soon as the worker starts. */
export function retryRevocationsOnAlarm(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REVOCATION_ALARM) void retryRevocations().catch(() => undefined);
  });
  void retryRevocations().catch(() => undefined);
}
