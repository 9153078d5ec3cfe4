import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { apiVersion } from '../../sandbox/api/api-version.ts';
import type { AppEnv } from '../../sandbox/context.ts';

const api = new Hono<AppEnv>().use('*', apiVersion).get('/bills.json', (c) => c.json({ data: [] }));
const ask = (version?: string) =>
  api.request('/bills.json', { headers: version === undefined ? {} : { 'x-api-version': version } });

describe('the sandbox’s X-API-VERSION', () => {
  it.each([
    [undefined, '4.0.13'],
    ['4.0.13', '4.0.13'],
    ['4.0.9', '4.0.9'],
  ])('serves %s and says it served %s', async (asked, served) => {
    const answer = await ask(asked);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-api-version')).toBe(served);
  });

  it.each(['4.0.8', '4.0.14', '5.0.0', 'latest'])('answers 410 Gone for %s', async (asked) => {
    const answer = await ask(asked);
    expect(answer.status).toBe(410);
    expect(await answer.json()).toEqual({
      error: { type: 'Gone', message: `API version ${asked} is not supported` },
    });
  });
});
