import { toBillRecord, toBillView } from '../bills/bill-record';
import type { ClioApi } from '../clio/api';
import { isRefusal, refusalReason } from '../clio/refusal';
import { clioPageUrl } from '../clio/safe-url';
import { clioApi } from '../connection/clio-session';
import { db } from '../db/database';
import type { BillRecord } from '../db/records/bill';
import type { PaymentLinkRecord } from '../db/records/payment-link';
import { RemitError } from '../errors';
import { localDayOf } from '../format';
import { decimalToMinor, minorDigits } from '../money';
import { refreshLinkActivity } from '../payment-links/link-activity';
import { refreshSummaryLater } from '../summary/summary-store';
import { replaceBillAllocations } from '../sync/allocations-recheck';
import { storeBills } from '../sync/store-bills';
import type { BillPanel } from './messages';

/** When each bill was last confirmed with Clio, for "checked just now"; the cache keeps the rest. */
const checkedAt = new Map<number, number>();

export async function cachedBillPanel(billId: number): Promise<BillPanel | null> {
  const bill = await db.bills.get(billId);
  return bill ? panelOf(bill, null) : null;
}

/**
 * Checks the bill with Clio, ahead of any sync: a 304 costs Clio nothing; a change also refreshes the
 * payments applied to it. When Clio cannot be asked, the cached figures come back with the reason.
 */
export async function refreshedBillPanel(billId: number): Promise<BillPanel> {
  const cached = await db.bills.get(billId);
  try {
    const api = await clioApi();
    const fetched = await api.bill(billId, cached?.etag || undefined);
    const now = Date.now();
    checkedAt.set(billId, now);
    if (fetched === 'unchanged' && cached) return panelOf(cached, null);
    if (fetched === 'unchanged') throw new RemitError('clio', 'clio.bill_unchanged_without_copy');
    const record = toBillRecord(fetched, now);
    await storeBills([record]);
    const problem = await refreshAppliedAndLinks(api, billId);
    refreshSummaryLater();
    return panelOf(record, problem);
  } catch (error) {
    if (!(error instanceof RemitError)) throw error;
    if (error.code === 'not_found') {
      await db.bills.delete(billId);
      refreshSummaryLater();
    }
    if (!cached || error.code === 'not_found') throw error;
    return panelOf(cached, { code: error.code, text: error.text });
  }
}

/**
 * What is applied to the bill and its Clio Payments activity, read after the bill itself. Clio
 * refusing them (a user without the permission, a firm without Clio Payments) leaves the bill as Clio
 * just sent it, saying what is missing: it is not the bill Clio refused.
 */
async function refreshAppliedAndLinks(api: ClioApi, billId: number): Promise<BillPanel['problem']> {
  try {
    await replaceBillAllocations(api, billId, 'interactive');
    await refreshLinkActivity(api, billId);
    return null;
  } catch (error) {
    if (!isRefusal(error)) throw error;
    return {
      code: 'details_refused',
      text: { key: 'bill_panel.details_refused', values: { reason: refusalReason(error) } },
    };
  }
}

async function panelOf(bill: BillRecord, problem: BillPanel['problem']): Promise<BillPanel> {
  const [allocations, links, payments, requests, setAside] = await Promise.all([
    db.allocations.where('billId').equals(bill.id).sortBy('date'),
    db.paymentLinks.where('billId').equals(bill.id).reverse().sortBy('createdAt'),
    db.payments.where('billIds').equals(bill.id).sortBy('createdAt'),
    db.linkRequests.where('billIds').equals(bill.id).sortBy('createdAt'),
    db.setAside
      .where('resource')
      .equals('allocations')
      .filter((record) => record.billId === bill.id)
      .toArray(),
  ]);
  const digits = minorDigits(bill.currencyCode);
  const paidThrough = new Set(payments.map((payment) => payment.linkId));
  const latestRequest = requests.at(-1);
  return {
    bill: toBillView(bill),
    allocations: allocations
      .filter((allocation) => allocation.voidedAt === null)
      .map(({ id, date, amountDecimal, paymentType, source }) => ({
        id,
        date,
        amount: decimalToMinor(amountDecimal, digits),
        paymentType,
        source,
      })),
    // A payment Remit first saw voided, without its amount (see keepVoidedFigures), has none to list.
    reversed: allocations.flatMap(({ id, date, amountDecimal, source, voidedAt }) => {
      const amount = decimalToMinor(amountDecimal, digits);
      return voidedAt !== null && source === 'payment' && amount !== 0
        ? [{ id, date, amount, voidedOn: localDayOf(voidedAt) }]
        : [];
    }),
    setAside: setAside.map(({ recordId, reason }) => ({ recordId, reason })),
    links: links.map((link) => ({
      id: link.id,
      url: clioPageUrl(link.url),
      state: linkState(link, paidThrough.has(link.id)),
      amount: link.amount,
      expiresAt: link.expiresAt,
    })),
    onlinePayments: payments.map(({ id, amount, currencyCode, billIds, state, createdAt }) => ({
      id,
      amount,
      currencyCode,
      bills: billIds.length,
      state,
      createdAt,
    })),
    linkRequest:
      latestRequest && latestRequest.state !== 'created'
        ? { state: latestRequest.state, detail: latestRequest.detail }
        : null,
    checkedAt: checkedAt.get(bill.id) ?? null,
    problem,
  };
}

/** A link is single-use: one with a payment through it was used; otherwise it lapses or is expired. */
function linkState(link: PaymentLinkRecord, paidThrough: boolean): 'active' | 'used' | 'expired' {
  if (paidThrough) return 'used';
  const lapsed = link.expiresAt !== null && Date.parse(link.expiresAt) <= Date.now();
  return link.active && !lapsed ? 'active' : 'expired';
}
