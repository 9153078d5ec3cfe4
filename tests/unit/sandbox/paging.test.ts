import { describe, expect, it } from 'vitest';
import {
  collectPage,
  decodePageToken,
  encodePageToken,
  indexAfter,
  nextPageUrl,
  PagingError,
  parseLimit,
} from '../../sandbox/http/paging.ts';

const rows = [1, 2, 5, 9, 10, 14].map((id) => ({ id }));

describe('parseLimit', () => {
  it.each([
    [undefined, 200],
    ['', 200],
    ['1', 1],
    ['200', 200],
  ])('%j → %d', (raw, expected) => expect(parseLimit(raw)).toBe(expected));

  it.each(['0', '201', '-1', '2.5', 'ten'])('rejects %j', (raw) =>
    expect(() => parseLimit(raw)).toThrow(PagingError),
  );
});

describe('page tokens', () => {
  it('round-trips and is opaque', () => {
    const token = encodePageToken(1_000_123);
    expect(token).not.toContain('1000123');
    expect(decodePageToken(token)).toBe(1_000_123);
    expect(decodePageToken(undefined)).toBe(0);
  });

  it('rejects a forged token', () => expect(() => decodePageToken('garbage!')).toThrow(PagingError));
});

describe('indexAfter', () => {
  it.each([
    [0, 0],
    [1, 1],
    [3, 2],
    [5, 3],
    [14, 6],
    [99, 6],
  ])('after id %d starts at index %d', (afterId, index) => expect(indexAfter(rows, afterId)).toBe(index));
});

describe('collectPage', () => {
  it('fills a page and reports the last id only when more matches follow', () => {
    expect(collectPage(rows, 0, 2, () => true)).toEqual({ items: [{ id: 1 }, { id: 2 }], nextAfterId: 2 });
    expect(collectPage(rows, 4, 2, () => true)).toEqual({
      items: [{ id: 10 }, { id: 14 }],
      nextAfterId: null,
    });
  });

  it('does not announce a next page when the remaining rows do not match', () => {
    const even = (row: { id: number }) => row.id % 2 === 0;
    expect(collectPage(rows, 0, 3, even)).toEqual({
      items: [{ id: 2 }, { id: 10 }, { id: 14 }],
      nextAfterId: null,
    });
    expect(collectPage(rows, 0, 2, even)).toEqual({ items: [{ id: 2 }, { id: 10 }], nextAfterId: 10 });
  });

  it('walks every row exactly once across pages', () => {
    const seen: number[] = [];
    let after = 0;
    for (;;) {
      const page = collectPage(rows, indexAfter(rows, after), 4, () => true);
      seen.push(...page.items.map((row) => row.id));
      if (page.nextAfterId === null) break;
      after = page.nextAfterId;
    }
    expect(seen).toEqual(rows.map((row) => row.id));
  });
});

describe('nextPageUrl', () => {
  it('keeps scheme, host, fields and filters, and replaces the page token', () => {
    const next = new URL(
      nextPageUrl(
        'https://app.clio.com:8443/api/v4/bills.json?fields=id,client{id}&ids[]=1&ids[]=2&page_token=old',
        7,
      ),
    );
    expect(next.origin).toBe('https://app.clio.com:8443');
    expect(next.pathname).toBe('/api/v4/bills.json');
    expect(next.searchParams.get('fields')).toBe('id,client{id}');
    expect(next.searchParams.getAll('ids[]')).toEqual(['1', '2']);
    expect(decodePageToken(next.searchParams.get('page_token') ?? '')).toBe(7);
  });
});
