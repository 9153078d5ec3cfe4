import { describe, expect, it } from 'vitest';
import { oauthTokens } from '@/lib/clio/schemas';

const THIRTY_DAYS = 30 * 86_400;

describe('Clio’s answer with tokens', () => {
  it.each([
    ['a number', 3_600, 3_600],
    ['a number written as text', '3600', 3_600],
    ['none', undefined, THIRTY_DAYS],
    ['null', null, THIRTY_DAYS],
    ['zero', 0, THIRTY_DAYS],
    ['words', 'soon', THIRTY_DAYS],
  ])('is taken with a lifetime given as %s, read or taken as Clio’s 30 days', (_, expiresIn, seconds) => {
    const answer = oauthTokens.parse({ access_token: 'a', expires_in: expiresIn, token_type: 'bearer' });
    expect(answer).toMatchObject({ access_token: 'a', expires_in: seconds, refresh_token: null });
  });
});
