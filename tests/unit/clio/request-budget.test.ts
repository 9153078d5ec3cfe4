import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RequestBudget } from '@/lib/clio/request-budget';

const headers = (remaining: number, resetInSeconds: number) =>
  new Headers({
    'x-ratelimit-limit': '50',
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds),
  });

/** A request that stays in flight until released, recording when it started. */
function controlled(log: string[], name: string) {
  let release!: () => void;
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    run: async () => {
      log.push(name);
      await done;
      return name;
    },
    release: () => release(),
  };
}

describe('RequestBudget', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-21T10:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('sends one request at a time', async () => {
    const budget = new RequestBudget();
    const log: string[] = [];
    const a = controlled(log, 'a');
    const b = controlled(log, 'b');
    const both = Promise.all([budget.run('background', a.run), budget.run('background', b.run)]);
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['a']);
    a.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['a', 'b']);
    b.release();
    expect(await both).toEqual(['a', 'b']);
  });

  it('lets an interactive request pass every queued background one: it waits only for the one in flight', async () => {
    const budget = new RequestBudget();
    const log: string[] = [];
    const pages = ['page1', 'page2', 'page3'].map((name) => controlled(log, name));
    const bill = controlled(log, 'bill');
    const runs = pages.map((page) => budget.run('background', page.run));
    await vi.advanceTimersByTimeAsync(0);
    const billRun = budget.run('interactive', bill.run);
    pages[0]?.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['page1', 'bill']);
    bill.release();
    await billRun;
    for (const page of pages) page.release();
    await Promise.all(runs);
    expect(log).toEqual(['page1', 'bill', 'page2', 'page3']);
  });

  it('holds background requests at the reserve until the window resets, never past zero', async () => {
    const budget = new RequestBudget(2);
    budget.observe(headers(3, 30));
    const started: number[] = [];
    const stamp = async () => {
      started.push(Date.now());
    };
    const runs = [1, 2, 3].map(() => budget.run('background', stamp));
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(started).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_000);
    await Promise.all(runs);
    expect(started).toHaveLength(3);
    expect((started[1] ?? 0) - (started[0] ?? 0)).toBeGreaterThanOrEqual(30_000);
  });

  it.each([
    // Clio's clock ten minutes ahead of this computer's: the reset is 30 s away on Clio's.
    ['read against Clio’s own clock', 600, 30_000],
    // No Date to read it against: never longer than a window.
    ['never longer than a window', undefined, 60_000],
  ])('waits for the window’s reset %s', async (_, clioAhead, waitMs) => {
    const budget = new RequestBudget(2);
    const clioNow = Date.now() + (clioAhead ?? 600) * 1000;
    const answer = new Headers({
      'x-ratelimit-remaining': '2',
      'x-ratelimit-reset': String(Math.floor(clioNow / 1000) + 30),
    });
    if (clioAhead !== undefined) answer.set('date', new Date(clioNow).toUTCString());
    budget.observe(answer);
    const run = vi.fn(async () => 'page');
    const pending = budget.run('background', run);
    await vi.advanceTimersByTimeAsync(waitMs - 1_000);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_500);
    await expect(pending).resolves.toBe('page');
  });

  it('still serves an interactive request from the reserve', async () => {
    const budget = new RequestBudget(2);
    budget.observe(headers(2, 40));
    const run = vi.fn(async () => 'bill');
    await expect(budget.run('interactive', run)).resolves.toBe('bill');
  });

  it('pauses everything for Retry-After after a 429', async () => {
    const budget = new RequestBudget();
    budget.pause(7);
    const run = vi.fn(async () => 'ok');
    const pending = budget.run('interactive', run);
    await vi.advanceTimersByTimeAsync(6_900);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    await expect(pending).resolves.toBe('ok');
  });

  it('keeps going when a request fails', async () => {
    const budget = new RequestBudget();
    await expect(budget.run('background', () => Promise.reject(new Error('reset')))).rejects.toThrow('reset');
    await expect(budget.run('background', async () => 'next')).resolves.toBe('next');
  });
});
