import { afterEach, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../sandbox/server';
import { varyAnswer } from '../../sandbox/variations/vary';
import { sandboxTokens } from '../../support/sandbox-token';

describe('the sandbox answering as Clio may also write its answers', () => {
  let sandbox: Sandbox | undefined;
  afterEach(() => sandbox?.close());

  it('writes the same facts another allowed way', () => {
    const answer = varyAnswer({
      data: [
        {
          id: 7,
          last_sent_at: null,
          paid_at: null,
          shared: false,
          matters: [],
          updated_at: '2026-11-02T10:00:00Z',
          state: 'awaiting_payment',
          kind: 'trust_kind',
          currency: { id: 1, code: 'USD', sign: '$' },
        },
      ],
      meta: { paging: {} },
    });
    expect(answer).toEqual({
      data: [
        {
          id: 7,
          // Null fields alternate between null and left out; false and [] become null.
          last_sent_at: null,
          shared: null,
          matters: null,
          updated_at: '2026-11-02T05:00:00.000-05:00',
          state: 'AWAITING_PAYMENT',
          kind: 'TRUST_KIND',
          currency: { id: 1, code: 'usd', sign: '$', x_unrequested_note: 'a field nobody asked for' },
          x_unrequested_note: 'a field nobody asked for',
        },
      ],
      meta: { paging: { next: null } },
    });
    expect(Date.parse('2026-11-02T05:00:00.000-05:00')).toBe(Date.parse('2026-11-02T10:00:00Z'));
  });

  it('answers the API and a refresh that way when started so', async () => {
    sandbox = await startSandbox({ size: 8, variations: true });
    const tokens = await sandboxTokens(sandbox.url);
    expect(tokens.refresh_token).toBeTruthy();
    const bills = await fetch(`${sandbox.url}/api/v4/bills.json?fields=id,currency{code}&limit=1`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(((await bills.json()) as { data: { currency: { code: string } }[] }).data[0]?.currency.code).toBe(
      'usd',
    );
    const refreshed = await fetch(`${sandbox.url}/oauth/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
        client_id: 'remit-sandbox-app',
        client_secret: 'remit-sandbox-secret',
      }),
    });
    const answer = (await refreshed.json()) as Record<string, unknown>;
    expect(answer.access_token).toBeTruthy();
    expect(answer).not.toHaveProperty('refresh_token');
  });
});
