const DAY_MS = 86_400_000;

// Seeding 50,000 bills formats hundreds of thousands of dates over a few thousand distinct days:
// caching per day keeps that well under a second.
const dayNames = new Map<number, string>();
const dayStarts = new Map<string, number>();

export function isoDate(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let name = dayNames.get(day);
  if (name === undefined) {
    name = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dayNames.set(day, name);
  }
  return name;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Timestamps are served in Clio's ISO form, to the second, in UTC ("2026-11-20T15:15:00Z"). */
export function isoTimestamp(ms: number): string {
  const seconds = Math.floor((ms - Math.floor(ms / DAY_MS) * DAY_MS) / 1000);
  return `${isoDate(ms)}T${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}Z`;
}

export function dateToMs(date: string): number {
  let ms = dayStarts.get(date);
  if (ms === undefined) {
    ms = Date.parse(`${date}T00:00:00Z`);
    dayStarts.set(date, ms);
  }
  return ms;
}

export function addDays(date: string, days: number): string {
  return isoDate(dateToMs(date) + days * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((dateToMs(to) - dateToMs(from)) / DAY_MS);
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(dateToMs(value));
}

export function todayUtc(): string {
  return isoDate(Date.now());
}

export { DAY_MS };
