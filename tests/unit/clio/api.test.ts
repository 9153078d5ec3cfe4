import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { type ClioApi, createClioApi, type TokenSource } from '@/lib/clio/api';
import { RequestBudget } from '@/lib/clio/request-budget';
import { RemitError } from '@/lib/errors';
import { say } from '@/lib/i18n/text';
import { refusalWords } from '../../support/refusal-words';

type Answer = { status: number; body?: string; headers?: Record<string, string> } | 'reset';

/** Clio as a script of answers, one per request, recording what was asked. */
function scriptedClio(answers: Answer[]) {
  const requests: { url: string; authorization: string | null; version: string | null }[] = [];
  const fetch = vi.fn(async (input: Request) => {
    requests.push({
      url: input.url,
      authorization: input.headers.get('authorization'),
      version: input.headers.get('x-api-version'),
    });
    const answer = answers.shift();
    if (!answer) throw new Error('no more answers scripted');
    if (answer === 'reset') throw new TypeError('Failed to fetch');
    return new Response(answer.body ?? null, { status: answer.status, headers: answer.headers });
  });
  vi.stubGlobal('fetch', fetch);
  return requests;
}

const page = (ids: number[], next?: string) =>
  JSON.stringify({ data: ids.map((id) => ({ id })), meta: { paging: next ? { next } : {} } });

function tokens(overrides: Partial<TokenSource> = {}): TokenSource {
  return {
    region: 'us',
    accessToken: async () => 'old-token',
    refreshAccessToken: async () => 'new-token',
    ...overrides,
  };
}

describe('Clio API client', () => {
  beforeEach(() => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
  });
  // Real time again even after a test that failed with fake timers on.
  afterEach(() => {
    vi.useRealTimers();
  });

  it('follows Clio’s paging and reads its clock from the Date header', async () => {
    scriptedClio([
      {
        status: 200,
        body: page([1, 2], 'https://app.clio.com/api/v4/bills.json?page_token=x'),
        headers: { date: 'Sat, 21 Nov 2026 10:00:00 GMT' },
      },
    ]);
    const api = createClioApi({ tokens: tokens(), budget: new RequestBudget() });
    const result = await api.page('bills.json?limit=200');
    expect(result).toEqual({
      records: [{ id: 1 }, { id: 2 }],
      next: 'https://app.clio.com/api/v4/bills.json?page_token=x',
      serverTime: Date.parse('2026-11-21T10:00:00Z'),
    });
  });

  it.each([
    ['null', null],
    ['empty', ''],
  ])('takes a last page whose next is %s as the last', async (_, next) => {
    scriptedClio([{ status: 200, body: JSON.stringify({ data: [{ id: 1 }], meta: { paging: { next } } }) }]);
    const api = createClioApi({ tokens: tokens(), budget: new RequestBudget() });
    await expect(api.page('bills.json')).resolves.toMatchObject({ records: [{ id: 1 }], next: undefined });
  });

  it('never follows a next page to another site, where the token would go', async () => {
    const requests = scriptedClio([
      { status: 200, body: page([1], 'https://app.clio.com.evil.example/api/v4/bills.json?page_token=x') },
    ]);
    const api = createClioApi({ tokens: tokens(), budget: new RequestBudget() });
    const error = await api.page('bills.json').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'clio' });
    expect(say((error as RemitError).text)).toContain(
      'its next page is on another site (app.clio.com.evil.example)',
    );
    expect(requests).toHaveLength(1);
  });

  it('refreshes the token once after a 401 and tries again with the new one', async () => {
    const requests = scriptedClio([
      { status: 401, body: '{"error":"invalid_token"}' },
      { status: 200, body: page([1]) },
    ]);
    const refresh = vi.fn(async () => 'new-token');
    const api = createClioApi({
      tokens: tokens({ refreshAccessToken: refresh }),
      budget: new RequestBudget(),
    });
    await api.page('bills.json');
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(requests.map((request) => request.authorization)).toEqual([
      'Bearer old-token',
      'Bearer new-token',
    ]);
  });

  it('asks for reconnection when Clio still refuses the refreshed token', async () => {
    scriptedClio([{ status: 401 }, { status: 401 }]);
    const api = createClioApi({ tokens: tokens(), budget: new RequestBudget() });
    await expect(api.page('bills.json')).rejects.toMatchObject({ code: 'reconnect' });
  });

  it('waits out a 429 and retries, reading Retry-After', async () => {
    vi.useFakeTimers();
    const requests = scriptedClio([
      {
        status: 429,
        headers: { 'retry-after': '3' },
        body: '{"error":{"type":"RateLimited","message":"slow down"}}',
      },
      { status: 200, body: page([1]) },
    ]);
    const api = createClioApi({ tokens: tokens(), budget: new RequestBudget() });
    const pending = api.page('bills.json');
    await vi.advanceTimersByTimeAsync(2_900);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    await expect(pending).resolves.toMatchObject({ records: [{ id: 1 }] });
  });

  it.each([
    ['no Retry-After', {}, 5_000],
    ['an empty one', { 'retry-after': ' ' }, 5_000],
    // A moment on Clio's clock, which runs ten minutes ahead of this computer's.
    [
      'a moment, on Clio’s clock',
      { 'retry-after': 'Sat, 21 Nov 2026 10:10:04 GMT', date: 'Sat, 21 Nov 2026 10:10:00 GMT' },
      4_000,
    ],
  ])('waits out a 429 with %s as long as Clio means', async (_, headers, waitMs) => {
    vi.useFakeTimers({ now: new Date('2026-11-21T10:00:00Z') });
    const requests = scriptedClio([
      { status: 429, headers },
      { status: 200, body: page([1]) },
    ]);
    const api = createClioApi({ tokens: tokens(), budget: new RequestBudget() });
    const pending = api.page('bills.json');
    await vi.advanceTimersByTimeAsync(waitMs - 100);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    await expect(pending).resolves.toMatchObject({ records: [{ id: 1 }] });
  });

  it('waits a minute at most after a 429, however long Clio asks, then asks again', async () => {
    vi.useFakeTimers();
    const requests = scriptedClio([
      { status: 429, headers: { 'retry-after': '3600' } },
      { status: 200, body: page([1]) },
    ]);
    const api = createClioApi({ tokens: tokens(), budget: new RequestBudget() });
    const pending = api.page('bills.json');
    await vi.advanceTimersByTimeAsync(59_900);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    await expect(pending).resolves.toMatchObject({ records: [{ id: 1 }] });
  });

  it('waits as long as a 5xx’s Retry-After asks before trying again', async () => {
    vi.useFakeTimers();
    const requests = scriptedClio([
      { status: 503, headers: { 'retry-after': '20' }, body: '<html><body>Down</body></html>' },
      { status: 200, body: page([1]) },
    ]);
    const api = createClioApi({ tokens: tokens(), budget: new RequestBudget() });
    const pending = api.page('bills.json');
    await vi.advanceTimersByTimeAsync(19_900);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    await expect(pending).resolves.toMatchObject({ records: [{ id: 1 }] });
  });

  it.each([
    ['a sync’s page', '600', (api: ClioApi) => api.page('bills.json')],
    ['the bill on screen', '20', (api: ClioApi) => api.bill(1)],
  ])(
    'gives %s up at once when a 5xx asks for a longer wait (%s s) than it can give',
    async (_, retryAfter, ask) => {
      const requests = scriptedClio([
        { status: 503, headers: { 'retry-after': retryAfter } },
        { status: 200, body: page([1]) },
      ]);
      const api = createClioApi({ tokens: tokens(), budget: new RequestBudget() });
      const error = await ask(api).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: 'network' });
      expect(say((error as RemitError).text)).toMatch(/could not reach Clio \(HTTP 503\)/);
      expect(requests).toHaveLength(1);
    },
  );

  it('asks for the version of Clio’s API it reads, and says so when Clio no longer serves it', async () => {
    const requests = scriptedClio([
      { status: 410, body: '{"error":{"type":"Gone","message":"API version 4.0.13 is not supported"}}' },
    ]);
    const api = createClioApi({ tokens: tokens(), budget: new RequestBudget() });
    expect(await refusalWords(() => api.page('bills.json'))).toBe(
      'Clio no longer serves the version of its API that this Remit reads (4.0.13). Update Remit to go on.',
    );
    expect(requests[0]?.version).toBe('4.0.13');
  });

  it('retries 5xx, resets and cut-off JSON, then succeeds', async () => {
    const requests = scriptedClio([
      { status: 503 },
      'reset',
      { status: 200, body: page([1, 2]).slice(0, 12) },
      { status: 502 },
      { status: 200, body: page([1, 2]) },
    ]);
    const api = createClioApi({ tokens: tokens(), budget: new RequestBudget() });
    await expect(api.page('bills.json')).resolves.toMatchObject({ records: [{ id: 1 }, { id: 2 }] });
    expect(requests).toHaveLength(5);
  });

  it('gives up after a bounded number of failures with a plain message', async () => {
    const requests = scriptedClio(Array.from({ length: 10 }, () => ({ status: 500 })));
    const api = createClioApi({ tokens: tokens(), budget: new RequestBudget(), attempts: 4 });
    const error = await api.page('bills.json').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RemitError);
    expect(error).toMatchObject({ code: 'network' });
    expect(requests).toHaveLength(4);
  });

  it.each([
    ['as documented', '{"error":{"type":"ArgumentError","message":"Invalid field: foo"}}'],
    ['without its type', '{"error":{"message":"Invalid field: foo"}}'],
    ['the OAuth way', '{"error":"invalid_request","error_description":"Invalid field: foo"}'],
    ['as a plain error', '{"error":"Invalid field: foo"}'],
  ])('carries Clio’s own error message, written %s', async (_, body) => {
    scriptedClio([{ status: 400, body }]);
    const api = createClioApi({ tokens: tokens(), budget: new RequestBudget() });
    expect(await refusalWords(() => api.page('bills.json?fields=foo'))).toContain('Invalid field: foo');
  });

  it('times out an answer whose body stalls after its headers, and lets the next request go', async () => {
    // Like a browser's fetch, the body fails only when the request is aborted.
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: Request) => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"data":[{"id":1},'));
            input.signal.addEventListener('abort', () => controller.error(input.signal.reason));
          },
        });
        return new Response(body, { status: 200 });
      }),
    );
    const budget = new RequestBudget();
    const api = createClioApi({ tokens: tokens(), budget, attempts: 1, timeoutMs: 200 });
    const stalled = api.page('bills.json').catch((caught: unknown) => caught);
    const waiting = api.page('contacts.json').catch((caught: unknown) => caught);
    const first = await Promise.race([
      stalled,
      new Promise((resolve) => setTimeout(resolve, 2_000, 'waiting')),
    ]);
    expect(first).toMatchObject({ code: 'network' });
    expect(say((first as RemitError).text)).toMatch(/could not reach Clio/);
    await expect(waiting).resolves.toMatchObject({ code: 'network' });
    expect(budget.queued).toBe(0);
  });

  describe('with two callers at once (the bill on screen while a send runs, say)', () => {
    /** Clio's limit as documented: 50 requests a minute, what is left in every answer, 429 past it. */
    function limitedClio() {
      const resetAt = String(Math.floor(Date.now() / 1000) + 60);
      const answered: number[] = [];
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => {
          const left = 49 - answered.length;
          const status = left < 0 ? 429 : 200;
          answered.push(status);
          const headers = {
            'x-ratelimit-remaining': String(Math.max(left, 0)),
            'x-ratelimit-reset': resetAt,
          };
          return status === 429
            ? new Response(null, { status, headers: { ...headers, 'retry-after': '60' } })
            : new Response(JSON.stringify({ data: { id: 1 } }), { status, headers });
        }),
      );
      return answered;
    }

    it('never sends a 51st request in Clio’s minute', async () => {
      vi.useFakeTimers();
      const answered = limitedClio();
      const api = createClioApi({ tokens: tokens(), budget: new RequestBudget() });
      const stop = new AbortController();
      const caller = async () => {
        for (let i = 0; i < 40; i += 1) await api.get(`bills/${i}.json`, 'interactive', {}, stop.signal);
      };
      const callers = Promise.allSettled([caller(), caller()]);
      await vi.advanceTimersByTimeAsync(59_000);
      stop.abort(new Error('the minute is over'));
      await callers;
      expect(answered).toEqual(Array.from({ length: 50 }, () => 200));
    });

    it('holds the other caller’s request from the moment Clio answers 429', async () => {
      vi.useFakeTimers();
      const requests = scriptedClio([
        { status: 429, headers: { 'retry-after': '3' } },
        { status: 200, body: page([2]) },
        { status: 200, body: page([1]) },
      ]);
      const api = createClioApi({ tokens: tokens(), budget: new RequestBudget() });
      const first = api.page('bills.json');
      const second = api.page('contacts.json');
      await vi.advanceTimersByTimeAsync(2_900);
      expect(requests).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(200);
      await expect(Promise.all([first, second])).resolves.toHaveLength(2);
      expect(requests.map((request) => new URL(request.url).pathname)).toEqual([
        '/api/v4/bills.json',
        '/api/v4/contacts.json',
        '/api/v4/bills.json',
      ]);
    });
  });

  it('returns "unchanged" when the bill on screen has not changed since its etag', async () => {
    const requests = scriptedClio([{ status: 304 }]);
    const fetchSpy = vi.mocked(globalThis.fetch);
    const api = createClioApi({ tokens: tokens(), budget: new RequestBudget() });
    await expect(api.bill(5, '"abc"')).resolves.toBe('unchanged');
    expect(requests[0]?.url).toContain('/api/v4/bills/5.json?fields=');
    const [sent] = fetchSpy.mock.calls[0] ?? [];
    expect((sent as Request).headers.get('if-none-match')).toBe('"abc"');
  });

  describe('creating a record', () => {
    const schema = z.object({ id: z.number() });

    it('is not repeated after an answer that never came, which may hide a record Clio made', async () => {
      const requests = scriptedClio(['reset', { status: 201, body: '{"data":{"id":9}}' }]);
      const api = createClioApi({ tokens: tokens(), budget: new RequestBudget() });
      await expect(api.create('clio_payments/links.json', { amount: 1 }, schema)).rejects.toMatchObject({
        code: 'network',
      });
      expect(requests).toHaveLength(1);
    });

    it('is repeated after a 429, which Clio answers before acting, and names a 422 in Clio’s words', async () => {
      scriptedClio([
        { status: 429, headers: { 'retry-after': '0' } },
        { status: 201, body: '{"data":{"id":9}}' },
        {
          status: 422,
          body: '{"error":{"type":"UnprocessableEntity","message":"amount exceeds the bill balance"}}',
        },
      ]);
      const api = createClioApi({ tokens: tokens(), budget: new RequestBudget() });
      await expect(api.create('clio_payments/links.json', {}, schema)).resolves.toEqual({ id: 9 });
      await expect(api.create('clio_payments/links.json', {}, schema)).rejects.toMatchObject({
        code: 'not_allowed',
        text: { key: 'clio.refused', values: { clioMessage: 'amount exceeds the bill balance.' } },
      });
    });
  });
});
