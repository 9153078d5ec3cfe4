import type { ClioApi } from '../clio/api';
import { fieldsOf } from '../clio/fields';
import { type ClioPaymentsLink, clioPaymentsLink } from '../clio/schemas';
import { db } from '../db/database';
import type { LinkRequestRecord } from '../db/records/link-request';
import { toMinorUnits } from '../money';

/** A link Clio made for a request can carry a creation time this much before Remit wrote the request. */
export const CLOCK_SKEW_MS = 10 * 60_000;
/** How long Clio may still be making a link after Remit stopped waiting for the answer. */
const SETTLE_MS = 8000;

/**
 * An active link Clio made for this request (same subject, amount and account, made since it was
 * asked), once Clio has had time to finish; none when the request never went out.
 */
export async function findMadeLink(
  api: ClioApi,
  request: LinkRequestRecord,
): Promise<ClioPaymentsLink | undefined> {
  if (request.postedAt === null) return undefined;
  const settled = request.postedAt + SETTLE_MS - Date.now();
  if (settled > 0) await new Promise((resolve) => setTimeout(resolve, settled));
  const since = new Date(request.createdAt - CLOCK_SKEW_MS).toISOString();
  const query = new URLSearchParams({
    active: 'true',
    updated_since: since,
    fields: fieldsOf(clioPaymentsLink),
  });
  const claimed = new Set(
    (await db.linkRequests.where('state').equals('created').toArray()).map((other) => other.linkId),
  );
  let url: string | undefined = `clio_payments/links.json?${query}&limit=200`;
  while (url) {
    const page = await api.page(url, 'interactive');
    for (const raw of page.records) {
      const link = clioPaymentsLink.safeParse(raw);
      if (link.success && !claimed.has(link.data.id) && isMadeFor(link.data, request)) return link.data;
    }
    url = page.next;
  }
  return undefined;
}

/** Clio's link is this request's: its subject, amount and account, made no earlier than asked. */
export function isMadeFor(link: ClioPaymentsLink, request: LinkRequestRecord): boolean {
  const subjectMatches =
    request.subject.type === 'Bill'
      ? link.bill?.id === request.subject.id
      : link.bill === null && link.contact?.id === request.subject.id;
  const amount =
    link.amount === null ? null : toMinorUnits(link.amount, link.currency ?? request.currencyCode);
  return (
    subjectMatches &&
    amount === request.amount &&
    link.destination_account?.id === request.accountId &&
    link.created_at !== null &&
    Date.parse(link.created_at) >= request.createdAt - CLOCK_SKEW_MS
  );
}
