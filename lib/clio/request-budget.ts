export type Priority = 'interactive' | 'background';

/** Clio's rate-limit window: a minute. */
const WINDOW_MS = 60_000;
const CLOCKS_AGREE_MS = 5_000;

interface Waiting {
  priority: Priority;
  start: () => void;
}

/**
 * Clio allows a token 50 requests a minute and reports what is left in `X-RateLimit-*` headers. Every
 * API request goes through this budget: one at a time, interactive ones ahead of background ones, and
 * background ones only while the window has requests to spare beyond a small reserve, so the bill on
 * screen waits for at most the request already in flight. A 429 pauses everything until `Retry-After`.
 */
export class RequestBudget {
  private readonly waiting: Waiting[] = [];
  private busy = false;
  private remaining: number | undefined;
  private resetAt = 0;
  private pausedUntil = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly reserve = 2) {}

  /** Runs one request when its turn comes and the rate limit allows it; an abort gives up its turn. */
  async run<T>(priority: Priority, request: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    await new Promise<void>((start, reject) => {
      const entry = {
        priority,
        start: () => {
          signal?.removeEventListener('abort', giveUp);
          start();
        },
      };
      const giveUp = () => {
        this.waiting.splice(this.waiting.indexOf(entry), 1);
        reject(signal?.reason);
        this.pump();
      };
      signal?.addEventListener('abort', giveUp, { once: true });
      const firstBackground = this.waiting.findIndex((w) => w.priority === 'background');
      if (priority === 'interactive' && firstBackground !== -1)
        this.waiting.splice(firstBackground, 0, entry);
      else this.waiting.push(entry);
      this.pump();
    });
    try {
      return await request();
    } finally {
      this.busy = false;
      this.pump();
    }
  }

  /**
   * Reads Clio's rate-limit headers from a response. The reset is a moment on Clio's clock: it is
   * read against the answer's own `Date`, so a computer whose clock runs late or early waits for
   * the window as long as Clio does, and never longer than a window.
   */
  observe(headers: Headers): void {
    const remaining = Number(headers.get('x-ratelimit-remaining') ?? Number.NaN);
    const reset = Number(headers.get('x-ratelimit-reset') ?? Number.NaN);
    if (Number.isFinite(remaining)) this.remaining = remaining;
    if (!Number.isFinite(reset)) return;
    const clioNow = Date.parse(headers.get('date') ?? '');
    const gap = Number.isNaN(clioNow) ? 0 : Date.now() - clioNow;
    // `Date` is to the second: a gap of a few seconds is its rounding and the way, not a clock.
    const clockGap = Math.abs(gap) < CLOCKS_AGREE_MS ? 0 : gap;
    this.resetAt = Math.min(reset * 1000 + clockGap, Date.now() + WINDOW_MS);
  }

  /** After a 429: nothing goes out until Clio's Retry-After has passed. */
  pause(retryAfterSeconds: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + retryAfterSeconds * 1000);
  }

  /** How many requests are waiting for their turn (for progress and tests). */
  get queued(): number {
    return this.waiting.length;
  }

  private pump(): void {
    if (this.busy) return;
    clearTimeout(this.timer);
    const next = this.waiting[0];
    if (!next) return;
    const delay = this.delayFor(next.priority);
    if (delay > 0) {
      this.timer = setTimeout(() => this.pump(), delay);
      return;
    }
    this.waiting.shift();
    this.busy = true;
    if (this.remaining !== undefined) this.remaining -= 1;
    next.start();
  }

  private delayFor(priority: Priority): number {
    const now = Date.now();
    if (now < this.pausedUntil) return this.pausedUntil - now;
    if (this.remaining === undefined) return 0;
    if (now >= this.resetAt) {
      this.remaining = undefined;
      return 0;
    }
    const floor = priority === 'interactive' ? 0 : this.reserve;
    // A little past Clio's reset, so the first request of the new window lands in it.
    return this.remaining > floor ? 0 : this.resetAt - now + 250;
  }
}
