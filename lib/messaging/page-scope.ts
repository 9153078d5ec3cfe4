import { billIdFromUrl } from '../clio/pages';
import type { ClioPage } from './handle';

/** The bill a Clio page shows, if it shows one. */
export const billOnScreen = (page: ClioPage) => billIdFromUrl(page.url);

export const isOnScreen = (billId: number, page: ClioPage) => billId === billOnScreen(page);

/** A selection that is exactly the bill on screen. */
export const isOnlyOnScreen = (billIds: readonly number[], page: ClioPage) =>
  billIds.length === 1 && billIds[0] === billOnScreen(page);

/** For messages that name no bill and act on the sender's own page only. */
export const anyPage = () => true;
