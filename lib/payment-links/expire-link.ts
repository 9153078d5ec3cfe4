import { clioPaymentsLink } from '../clio/schemas';
import { clioApi } from '../connection/clio-session';
import { db } from '../db/database';
import { RemitError } from '../errors';
import { refreshSummaryLater } from '../summary/summary-store';
import { linksPath, toLinkRecord } from './create-links';

/** Expires a link in Clio, so the client can no longer pay through it. */
export async function expireLink(linkId: number): Promise<void> {
  const api = await clioApi();
  const link = await api
    .update(linksPath(linkId), { expired: true }, clioPaymentsLink)
    .catch((error: unknown) => {
      if (error instanceof RemitError && error.code === 'not_allowed')
        throw new RemitError('not_allowed', 'links.clio_refused_expiry', { clioMessage: error.text });
      throw error;
    });
  await db.paymentLinks.put(toLinkRecord(link));
  refreshSummaryLater();
}
