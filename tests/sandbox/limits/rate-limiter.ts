export interface RateLimitConfig {
  limit: number;
  windowMs: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Unix seconds at which the current window ends. */
  resetSeconds: number;
  /** Whole seconds to wait before retrying, at least 1. */
  retryAfterSeconds: number;
}

/** Fixed windows per access token: a window opens with a token's first request and lasts windowMs. */
export class RateLimiter {
  private readonly windows = new Map<string, { startMs: number; count: number }>();

  constructor(
    public config: RateLimitConfig,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): RateLimitDecision {
    const nowMs = this.now();
    let window = this.windows.get(key);
    if (!window || nowMs >= window.startMs + this.config.windowMs) {
      window = { startMs: nowMs, count: 0 };
      this.windows.set(key, window);
    }
    const endMs = window.startMs + this.config.windowMs;
    const allowed = window.count < this.config.limit;
    if (allowed) window.count += 1;
    return {
      allowed,
      limit: this.config.limit,
      remaining: Math.max(0, this.config.limit - window.count),
      resetSeconds: Math.ceil(endMs / 1000),
      retryAfterSeconds: Math.max(1, Math.ceil((endMs - nowMs) / 1000)),
    };
  }

  configure(config: RateLimitConfig): void {
    this.config = config;
    this.windows.clear();
  }
}
