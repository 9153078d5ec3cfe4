import { describe, expect, it } from 'vitest';
import { say } from '@/lib/i18n/text';
import { clientLinkQuery } from '@/lib/payment-links/client-link-query';
import { linkDays, MAX_LINK_DAYS } from '@/lib/payment-links/link-duration';

describe('the client link page’s address', () => {
  it('gives the client and the bills to start with', () => {
    expect(clientLinkQuery('?client=30&bills=4,5, 6')).toEqual({ clientId: 30, billIds: [4, 5, 6] });
  });

  it('keeps only whole positive ids, and no client when none is usable', () => {
    expect(clientLinkQuery('?client=0&bills=7,-1,0,1.5,abc,,8')).toEqual({ clientId: null, billIds: [7, 8] });
    expect(clientLinkQuery('?client=-3')).toEqual({ clientId: null, billIds: [] });
    expect(clientLinkQuery('?client=12abc&bills=')).toEqual({ clientId: null, billIds: [] });
    expect(clientLinkQuery('')).toEqual({ clientId: null, billIds: [] });
  });
});

describe('how long a link stays open', () => {
  it('takes whole days from 1 to Clio’s limit', () => {
    expect(linkDays('1')).toEqual({ days: 1 });
    expect(linkDays('30')).toEqual({ days: 30 });
    expect(linkDays(String(MAX_LINK_DAYS))).toEqual({ days: 90 });
  });

  it('refuses anything else, and says what is allowed', () => {
    for (const typed of ['0', '91', '-5', '2.5', 'thirty', '']) {
      const refused = linkDays(typed);
      expect('problem' in refused && say(refused.problem)).toBe(
        'A link stays open for 1 to 90 days: Clio allows no longer.',
      );
    }
  });
});
