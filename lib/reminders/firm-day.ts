import { dateTimeFormat } from '../intl-formats';

/** The time zone the firm works in: the computer's own, which is where the clerk sits. */
export function firmTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * The calendar day an instant falls on in a time zone, as Clio writes dates: what "today" is for the
 * firm, whatever the computer's clock says in UTC, through daylight saving changes.
 */
export function calendarDayIn(timeZone: string, instant: number): string {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
