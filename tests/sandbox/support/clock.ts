import { dateToMs, isoDate, todayUtc } from './time.ts';

/**
 * The sandbox's notion of now: real time shifted so that the current date is the seed's `today`.
 * Seeded timestamps all fall before `today` 00:00Z, so every later change sorts after them.
 */
export class Clock {
  readonly today: string;
  private readonly offsetMs: number;

  constructor(today: string = todayUtc()) {
    this.today = today;
    this.offsetMs = dateToMs(today) - dateToMs(todayUtc());
  }

  nowMs(): number {
    return Date.now() + this.offsetMs;
  }

  currentDate(): string {
    return isoDate(this.nowMs());
  }

  /** One minute before `today` 00:00Z: the latest seeded timestamp. */
  seedEpochMs(): number {
    return dateToMs(this.today) - 60_000;
  }
}
