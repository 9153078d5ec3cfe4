/** Cursor paging as Clio does it: `limit` 1..200, order id(asc), an opaque `page_token`. */

export const MAX_LIMIT = 200;

export class PagingError extends Error {}

export function parseLimit(raw: string | undefined): number {
  if (raw === undefined || raw === '') return MAX_LIMIT;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new PagingError(`limit must be an integer between 1 and ${MAX_LIMIT}`);
  }
  return limit;
}

export function encodePageToken(afterId: number): string {
  return Buffer.from(`after:${afterId}`).toString('base64url');
}

/** The id the next page starts after, or 0 for the first page. */
export function decodePageToken(token: string | undefined): number {
  if (token === undefined || token === '') return 0;
  const match = /^after:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  if (!match) throw new PagingError('Invalid page_token');
  return Number(match[1]);
}

export interface Page<T> {
  items: T[];
  /** Set when more matching records follow. */
  nextAfterId: number | null;
}

/**
 * Walks `rows` (ascending ids) from the first id after `afterId`, keeping matches until the page
 * is full; stops as soon as one more match proves there is a next page. Nothing is copied.
 */
export function collectPage<T extends { id: number }>(
  rows: readonly T[],
  startIndex: number,
  limit: number,
  matches: (row: T) => boolean,
): Page<T> {
  const items: T[] = [];
  for (let index = startIndex; index < rows.length; index++) {
    const row = rows[index] as T;
    if (!matches(row)) continue;
    if (items.length === limit) return { items, nextAfterId: items[items.length - 1]?.id ?? null };
    items.push(row);
  }
  return { items, nextAfterId: null };
}

/** First index in ascending `rows` whose id is greater than `afterId`. */
export function indexAfter<T extends { id: number }>(rows: readonly T[], afterId: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((rows[mid] as T).id <= afterId) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The request's own URL (scheme, host, every parameter) with the new page_token. */
export function nextPageUrl(requestUrl: string, afterId: number): string {
  const url = new URL(requestUrl);
  url.searchParams.set('page_token', encodePageToken(afterId));
  return url.toString();
}
