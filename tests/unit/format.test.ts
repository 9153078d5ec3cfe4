import { describe, expect, it } from 'vitest';
import { daysBetween, formatAgo, formatDate, localIsoDate } from '@/lib/format';

describe('format', () => {
  it('writes Clio’s calendar dates without shifting them across time zones', () => {
    expect(formatDate('2026-01-01', 'en-US')).toBe('Jan 1, 2026');
    expect(formatDate('2026-12-31', 'en-GB')).toBe('31 Dec 2026');
  });

  it.each([
    ['2026-11-01', '2026-11-21', 20],
    ['2026-11-21', '2026-11-21', 0],
    ['2026-11-22', '2026-11-21', -1],
    ['2026-02-28', '2026-03-01', 1],
    ['2025-12-31', '2026-01-01', 1],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('writes today as Clio writes dates', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it.each([
    [10_000, 'now'],
    [5 * 60_000, '5 minutes ago'],
    [3 * 3_600_000, '3 hours ago'],
    [2 * 86_400_000, '2 days ago'],
  ])('%i ms ago reads "%s"', (ago, text) => {
    const now = Date.parse('2026-11-21T12:00:00Z');
    expect(formatAgo(now - ago, now, 'en-US')).toBe(text);
  });
});
