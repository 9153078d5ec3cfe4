import { type ClioApi, dataOf, UnreadableAnswerError } from '../clio/api';
import { fieldsOf } from '../clio/fields';
import { type ClioPaymentsLink, clioPaymentsLink } from '../clio/schemas';
import { clioApi } from '../connection/clio-session';
import { db } from '../db/database';
import type { LinkRequestRecord } from '../db/records/link-request';
import type { PaymentLinkRecord } from '../db/records/payment-link';
import { RemitError } from '../errors';
import { type Text, t } from '../i18n/text';
import { type MinorUnits, toMajorUnits } from '../money';
import { refreshSummaryLater } from '../summary/summary-store';
import { resourceSyncOf } from '../sync/resources';
import { freshSelection } from './fresh-selection';
import { type PlannedLink, planLinks } from './link-plan';
import { findMadeLink } from './made-link';

export interface LinkOrder {
  billIds: number[];
  /** Part of a single bill's balance; the whole of it when absent. */
  amount?: number;
  durationDays: number;
}

export interface CreatedLink extends PlannedLink {
  id: number;
  url: string | null;
  expiresAt: string | null;
}

const DAY_SECONDS = 86_400;
/** Rounds of "look for it, then ask again" after an answer Clio may have sent but Remit never got. */
const CREATE_ROUNDS = 3;

/**
 * Makes the links a selection needs, all or none: the requests are written first, each link is made
 * (or found, after a lost answer), and if one cannot be made the others are expired again.
 */
export async function createLinks(order: LinkOrder): Promise<{ links: CreatedLink[] }> {
  const api = await clioApi();
  await refuseWhileMaking(order.billIds);
  const { selected, clientUnpaid, accounts } = await freshSelection(api, order.billIds);
  const plan = planLinks(selected, clientUnpaid, accounts, order.amount);
  const made = await makeLinks(api, crypto.randomUUID(), plan.links, order.durationDays);
  return {
    links: plan.links.map((link, index) => {
      const record = made[index] as PaymentLinkRecord;
      return { ...link, id: record.id, url: record.url, expiresAt: record.expiresAt };
    }),
  };
}

/** One link for a bill at a time: a second ask while the first is being made is refused. */
async function refuseWhileMaking(billIds: readonly number[]): Promise<void> {
  const unfinished = await db.linkRequests.where('billIds').anyOf(billIds).filter(isCreating).first();
  if (unfinished) throw new RemitError('not_allowed', 'links.batch_in_progress');
}

/**
 * Writes a request for each planned link under `batchId`, then makes them, in the plan's order: all
 * of them, or none.
 */
export async function makeLinks(
  api: ClioApi,
  batchId: string,
  links: readonly PlannedLink[],
  durationDays: number,
): Promise<PaymentLinkRecord[]> {
  const requests = links.map(
    (link): LinkRequestRecord => ({
      id: crypto.randomUUID(),
      batchId,
      subject: link.subject,
      billIds: link.billIds,
      purpose: link.purpose,
      amount: link.amount,
      currencyCode: link.currencyCode,
      accountId: link.account.id,
      durationSeconds: durationDays * DAY_SECONDS,
      state: 'creating',
      postedAt: null,
      linkId: null,
      detail: null,
      createdAt: Date.now(),
    }),
  );
  await db.linkRequests.bulkAdd(requests);
  return completeBatch(api, requests);
}

/**
 * The links of a batch asked for earlier, each with its request: made, or finished now after a stop.
 * A batch that failed gives its reason; null when none of its requests was written.
 */
export async function linksOfBatch(
  api: ClioApi,
  batchId: string,
): Promise<{ request: LinkRequestRecord; link: PaymentLinkRecord }[] | null> {
  const batch = await db.linkRequests.where('batchId').equals(batchId).toArray();
  if (batch.length === 0) return null;
  const failed = batch.find((request) => request.state === 'failed');
  if (failed) throw RemitError.of('clio', failed.detail ?? { key: 'links.lost_track' });
  await completeBatch(api, batch);
  return madeLinks(batchId);
}

/**
 * A batch's links once all are made, each with its request: paired through the link each request
 * names, whichever order the batch was made in.
 */
export async function madeLinks(
  batchId: string,
): Promise<{ request: LinkRequestRecord; link: PaymentLinkRecord }[]> {
  const made = await db.linkRequests.where('batchId').equals(batchId).toArray();
  const links = await db.paymentLinks.bulkGet(made.map((request) => request.linkId ?? 0));
  return made.map((request, index) => ({ request, link: links[index] as PaymentLinkRecord }));
}

/** After the worker restarts: requests it was making are finished, never made twice. */
export async function resumeLinkRequests(): Promise<void> {
  const open = await db.linkRequests.where('state').equals('creating').toArray();
  for (const batchId of new Set(open.map((request) => request.batchId))) {
    const batch = await db.linkRequests.where('batchId').equals(batchId).toArray();
    // A failure is stored with the request, where the bill's panel shows it.
    await clioApi()
      .then((api) => completeBatch(api, batch))
      .catch((error: unknown) => console.warn('Remit: a payment link was not made after a restart', error));
  }
}

/** Batches being made now, by id: a second caller (a restart's resume, a run) waits for the same. */
const performing = new Map<string, Promise<PaymentLinkRecord[]>>();

function completeBatch(api: ClioApi, batch: LinkRequestRecord[]): Promise<PaymentLinkRecord[]> {
  const batchId = batch[0]?.batchId ?? '';
  const underWay = performing.get(batchId);
  if (underWay) return underWay;
  const made = performBatch(api, batch).finally(() => performing.delete(batchId));
  performing.set(batchId, made);
  return made;
}

async function performBatch(api: ClioApi, batch: LinkRequestRecord[]): Promise<PaymentLinkRecord[]> {
  try {
    const made: PaymentLinkRecord[] = [];
    for (const request of batch) made.push(await ensureLink(api, request));
    return made;
  } catch (error) {
    const reason: Text = error instanceof RemitError ? error.text : { key: 'links.lost_track' };
    const undone = await undo(api, batch);
    const detail: Text =
      batch.length > 1 && undone ? { key: 'links.others_expired', values: { reason } } : reason;
    await db.linkRequests.bulkUpdate(
      batch.map((request) => ({ key: request.id, changes: { state: 'failed' as const, detail } })),
    );
    throw RemitError.of(error instanceof RemitError ? error.code : 'clio', detail);
  } finally {
    refreshSummaryLater();
  }
}

/**
 * The link of one request: the one Clio made for it, or a new one. Once a request went out without
 * an answer coming back (a lost connection, a stopped worker), Remit gives Clio time to finish it and
 * looks for the link before asking again.
 */
async function ensureLink(api: ClioApi, request: LinkRequestRecord): Promise<PaymentLinkRecord> {
  if (request.state === 'created' && request.linkId !== null) {
    const stored = await db.paymentLinks.get(request.linkId);
    if (stored) return stored;
  }
  for (let round = 1; ; round += 1) {
    const existing = await findMadeLink(api, request);
    if (existing) return settle(request, existing);
    request.postedAt = Date.now();
    await db.linkRequests.update(request.id, { postedAt: request.postedAt });
    let made: ClioPaymentsLink;
    try {
      made = await api.create(linksPath(), linkBody(request), clioPaymentsLink);
    } catch (error) {
      // A success Remit cannot read is still a link made: never a refusal, never asked for twice.
      if (error instanceof UnreadableAnswerError) return adoptUnreadable(api, request, error.body);
      const refused = error instanceof RemitError && error.code !== 'network';
      if (refused) {
        // Clio answered with a refusal: nothing was made, so there is nothing to look for.
        request.postedAt = null;
        await db.linkRequests.update(request.id, { postedAt: null });
      }
      // Only a lost answer is worth another round: Clio may have made the link, and the next round looks.
      if (refused || round >= CREATE_ROUNDS) throw clearer(error);
      continue;
    }
    return settle(request, made);
  }
}

/**
 * Clio made a link and answered in a form Remit could not read. The link is read again on its own;
 * if it still cannot be read, its id stays with the request so the batch expires it: a client must
 * never pay through a link Remit cannot show.
 */
async function adoptUnreadable(
  api: ClioApi,
  request: LinkRequestRecord,
  body: unknown,
): Promise<PaymentLinkRecord> {
  const data = dataOf(body);
  const linkId = typeof data === 'object' && data !== null && 'id' in data ? data.id : null;
  if (typeof linkId !== 'number' || !Number.isSafeInteger(linkId)) {
    throw new RemitError('clio', 'links.made_unreadable_id');
  }
  await db.linkRequests.update(request.id, { linkId });
  const link = await api.show(linksPath(linkId, false), clioPaymentsLink).catch((error: unknown) => {
    if (error instanceof UnreadableAnswerError) throw madeButUnreadable();
    throw error;
  });
  return settle(request, link);
}

function madeButUnreadable(): RemitError {
  return new RemitError('clio', 'links.made_unreadable');
}

async function settle(request: LinkRequestRecord, link: ClioPaymentsLink): Promise<PaymentLinkRecord> {
  let record: PaymentLinkRecord;
  try {
    // Clio may leave out what it was asked for: the link is in the currency of the request.
    record = toLinkRecord({ ...link, currency: link.currency ?? request.currencyCode });
  } catch {
    // Readable, but not usable (an amount beyond what Remit counts, say): expired with the batch.
    await db.linkRequests.update(request.id, { linkId: link.id });
    throw madeButUnreadable();
  }
  await db.transaction('rw', db.paymentLinks, db.linkRequests, async () => {
    await db.paymentLinks.put(record);
    await db.linkRequests.update(request.id, { state: 'created', linkId: link.id, detail: null });
  });
  return record;
}

/**
 * Expires whatever the batch made, including a link whose answer was lost on the last try; true
 * when there was something to expire.
 */
async function undo(api: ClioApi, batch: LinkRequestRecord[]): Promise<boolean> {
  let expiredAny = false;
  for (const request of await db.linkRequests.bulkGet(batch.map(({ id }) => id))) {
    if (!request) continue;
    const linkId = request.linkId ?? (await findMadeLink(api, request).catch(() => undefined))?.id;
    if (linkId === undefined) continue;
    const expired = await api
      .update(linksPath(linkId), { expired: true }, clioPaymentsLink)
      .catch(() => undefined);
    if (expired) await db.paymentLinks.put(toLinkRecord(expired));
    expiredAny = true;
  }
  return expiredAny;
}

function linkBody(request: LinkRequestRecord) {
  return {
    subject: request.subject,
    amount: toMajorUnits(request.amount as MinorUnits, request.currencyCode),
    currency: request.currencyCode,
    destination_account: { id: request.accountId },
    duration: request.durationSeconds,
    // What the client reads on Clio's payment page: in the words of the user who made the link.
    description: t('links.description', { count: request.billIds.length }),
  };
}

export function linksPath(linkId?: number, withFields = true): string {
  const path = `clio_payments/links${linkId === undefined ? '' : `/${linkId}`}.json`;
  return withFields ? `${path}?${new URLSearchParams({ fields: fieldsOf(clioPaymentsLink) })}` : path;
}

export function toLinkRecord(link: ClioPaymentsLink): PaymentLinkRecord {
  return resourceSyncOf('paymentLinks').toRecord(link, Date.now()) as PaymentLinkRecord;
}

/** Clio's refusals in the words of the task at hand. */
function clearer(error: unknown): unknown {
  if (!(error instanceof RemitError)) return error;
  switch (error.code) {
    case 'forbidden':
      return new RemitError('forbidden', 'links.forbidden');
    case 'not_allowed':
      return new RemitError('not_allowed', 'links.clio_refused', { clioMessage: error.text });
    case 'network':
      return new RemitError('network', 'links.unreachable');
    default:
      return error;
  }
}

function isCreating(request: LinkRequestRecord): boolean {
  return request.state === 'creating';
}
