import { describe, expect, it } from 'vitest';
import { billIdFromUrl, billPageUrl, billsListUrl, isBillPage, isBillsList } from '@/lib/clio/pages';

describe('Clio page predicates', () => {
  it.each([
    ['https://app.clio.com/nc/#/bills/123', 123],
    ['https://eu.app.clio.com/nc/#/bills/7', 7],
    ['https://ca.app.clio.com/nc/#/bills/42/edit', 42],
    ['https://au.app.clio.com/nc/#/bills/9?tab=payments', 9],
    ['https://app.clio.com/nc/#/bills', undefined],
    ['https://app.clio.com/nc/#/bills/receive_payments', undefined],
    ['https://app.clio.com/nc/#/matters/123', undefined],
    ['https://app.clio.com/nc/#/bills/12abc', undefined],
    ['https://app.clio.com/other/#/bills/123', undefined],
    ['http://app.clio.com/nc/#/bills/123', undefined],
    ['https://app.clio.com.evil.example/nc/#/bills/123', undefined],
    ['https://example.com/nc/#/bills/123', undefined],
    ['not a url', undefined],
  ])('billIdFromUrl(%s) is %s', (url, id) => {
    expect(billIdFromUrl(url)).toBe(id);
    expect(isBillPage(url)).toBe(id !== undefined);
  });

  it.each([
    ['https://app.clio.com/nc/#/bills', true],
    ['https://app.clio.com/nc/#/bills/', true],
    ['https://eu.app.clio.com/nc/#/bills?state=unpaid', true],
    ['https://app.clio.com/nc/#/bills/5', false],
    ['https://app.clio.com/nc/#/dashboard', false],
    ['https://example.com/nc/#/bills', false],
  ])('isBillsList(%s) is %s', (url, expected) => {
    expect(isBillsList(url)).toBe(expected);
  });

  it('builds bill page URLs on the region’s own host', () => {
    expect(billPageUrl('eu', 15)).toBe('https://eu.app.clio.com/nc/#/bills/15');
    expect(isBillPage(billPageUrl('au', 3))).toBe(true);
  });

  it('builds the bills list URL on the region’s own host', () => {
    expect(billsListUrl('ca')).toBe('https://ca.app.clio.com/nc/#/bills');
    expect(isBillsList(billsListUrl('us'))).toBe(true);
  });
});
