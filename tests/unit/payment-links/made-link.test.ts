import { describe, expect, it } from 'vitest';
import type { ClioPaymentsLink } from '@/lib/clio/schemas';
import type { LinkRequestRecord } from '@/lib/db/records/link-request';
import { CLOCK_SKEW_MS, isMadeFor } from '@/lib/payment-links/made-link';

const asked = Date.parse('2026-11-30T15:00:00Z');

function request(changes: Partial<LinkRequestRecord> = {}): LinkRequestRecord {
  return {
    id: 'request-1',
    batchId: 'batch-1',
    subject: { type: 'Bill', id: 40 },
    billIds: [40],
    amount: 125_050,
    currencyCode: 'USD',
    accountId: 3,
    durationSeconds: 30 * 86_400,
    state: 'creating',
    postedAt: asked,
    linkId: null,
    detail: null,
    createdAt: asked,
    ...changes,
  };
}

function link(changes: Partial<ClioPaymentsLink> = {}): ClioPaymentsLink {
  return {
    id: 900,
    etag: '"1"',
    active: true,
    amount: 1250.5,
    currency: 'USD',
    description: 'Bill 40',
    url: 'https://app.clio.com/link/900',
    expires_at: '2026-12-30T15:00:00Z',
    created_at: '2026-11-30T15:00:02Z',
    bill: { id: 40 },
    contact: { id: 7 },
    destination_account: { id: 3 },
    ...changes,
  } as ClioPaymentsLink;
}

/**
 * After an answer is lost, Remit adopts a link Clio made only if it is the one asked for: adopting
 * another would show the client a link for the wrong bill or amount, and leave the right one unmade.
 */
describe('the link Clio made for a request whose answer was lost', () => {
  it('is the link for the same bill, amount and account, made since the request', () => {
    expect(isMadeFor(link(), request())).toBe(true);
  });

  it('is not a link for another bill, another amount or another account', () => {
    expect(isMadeFor(link({ bill: { id: 41 } }), request())).toBe(false);
    expect(isMadeFor(link({ bill: null }), request())).toBe(false);
    expect(isMadeFor(link({ amount: 1250.49 }), request())).toBe(false);
    expect(isMadeFor(link({ amount: null }), request())).toBe(false);
    expect(isMadeFor(link({ destination_account: { id: 2 } }), request())).toBe(false);
    expect(isMadeFor(link({ destination_account: null }), request())).toBe(false);
  });

  it('is a client’s link only when Clio made it for the client, not for one of the client’s bills', () => {
    const forClient = request({ subject: { type: 'Contact', id: 7 }, billIds: [40, 41] });
    expect(isMadeFor(link({ bill: null }), forClient)).toBe(true);
    expect(isMadeFor(link(), forClient)).toBe(false);
    expect(isMadeFor(link({ bill: null, contact: { id: 8 } }), forClient)).toBe(false);
    expect(isMadeFor(link({ bill: null, contact: null }), forClient)).toBe(false);
  });

  it('reads the amount in the request’s currency when Clio leaves the currency out', () => {
    expect(isMadeFor(link({ currency: null }), request())).toBe(true);
    const yen = request({ amount: 125_050, currencyCode: 'JPY' });
    expect(isMadeFor(link({ currency: null, amount: 125_050 }), yen)).toBe(true);
  });

  it('is not a link made before the request, beyond the clocks’ difference', () => {
    const at = (ms: number) => new Date(ms).toISOString();
    expect(isMadeFor(link({ created_at: at(asked - CLOCK_SKEW_MS) }), request())).toBe(true);
    expect(isMadeFor(link({ created_at: at(asked - CLOCK_SKEW_MS - 1000) }), request())).toBe(false);
    expect(isMadeFor(link({ created_at: null }), request())).toBe(false);
  });
});
