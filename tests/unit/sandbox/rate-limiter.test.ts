import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../sandbox/limits/rate-limiter.ts';

describe('RateLimiter', () => {
  it('allows `limit` requests per window, then refuses with Retry-After until the window ends', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter({ limit: 3, windowMs: 10_000 }, () => now);
    const remaining = [limiter.take('a'), limiter.take('a'), limiter.take('a')].map((d) => d.remaining);
    expect(remaining).toEqual([2, 1, 0]);
    now += 2_500;
    const refused = limiter.take('a');
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 8, resetSeconds: 1010 });
    now += 7_500;
    expect(limiter.take('a')).toMatchObject({ allowed: true, remaining: 2 });
  });

  it('keeps a separate window per token', () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 60_000 }, () => 0);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('never asks to wait less than a second', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 1, windowMs: 1_000 }, () => now);
    limiter.take('a');
    now = 999;
    expect(limiter.take('a').retryAfterSeconds).toBe(1);
  });

  it('starts fresh after reconfiguration', () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 60_000 }, () => 0);
    limiter.take('a');
    limiter.configure({ limit: 5, windowMs: 60_000 });
    expect(limiter.take('a')).toMatchObject({ allowed: true, limit: 5, remaining: 4 });
  });
});
