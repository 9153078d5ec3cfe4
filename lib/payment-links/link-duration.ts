import type { Text } from '../i18n/text';

/** Clio keeps a payment link open for at most 90 days; Remit offers 30 unless told otherwise. */
export const DEFAULT_LINK_DAYS = 30;
export const MAX_LINK_DAYS = 90;

/** The days a person typed, or why they cannot be a link's life. */
export function linkDays(text: string): { days: number } | { problem: Text } {
  const days = Number(text);
  if (!Number.isInteger(days) || days < 1 || days > MAX_LINK_DAYS) {
    return { problem: { key: 'links.days_out_of_range', values: { max: MAX_LINK_DAYS } } };
  }
  return { days };
}
