import { dateTimeFormat, numberFormat, relativeTimeFormat } from './intl-formats';

/** A moment as the user's language writes it, e.g. "21 Nov 2026, 14:05". */
export function formatMoment(ms: number, locale?: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

export function formatCount(value: number, locale?: string): string {
  return numberFormat(locale, {}).format(value);
}

/** A calendar date from Clio ("2026-11-21"), written in the user's language without shifting zones. */
export function formatDate(isoDate: string, locale?: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(isoDate));
}

/** A calendar month ("2026-11") as the user's language writes it: "Nov 2026". */
export function formatMonth(isoMonth: string, locale?: string): string {
  return dateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    Date.parse(`${isoMonth}-01`),
  );
}

/** Whole days from one calendar date to another ("2026-11-01" to "2026-11-21" is 20). */
export function daysBetween(fromIsoDate: string, toIsoDate: string): number {
  return Math.round((Date.parse(toIsoDate) - Date.parse(fromIsoDate)) / 86_400_000);
}

/** The calendar date `days` after another (before it when negative): "2026-11-21" plus 10 is "2026-12-01". */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(isoDate) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Today's date where the user is, as Clio writes dates. */
export function localIsoDate(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/**
 * The calendar day a moment Clio wrote falls on where the user is: a payment voided at 23:30 in
 * Toronto is voided that day, though Clio may write the moment in UTC, already the next.
 */
export function localDayOf(timestamp: string): string {
  return localIsoDate(new Date(timestamp));
}

/** "just now", "5 minutes ago", "3 hours ago", in the user's language. */
export function formatAgo(ms: number, now = Date.now(), locale?: string): string {
  const seconds = Math.round((ms - now) / 1000);
  const format = relativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(seconds) < 45) return format.format(0, 'second');
  if (Math.abs(seconds) < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (Math.abs(seconds) < 86_400) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86_400), 'day');
}
