import { PopupPage } from '../e2e/pages/popup-page';
import { expectedReceivables } from '../support/expected-receivables';
import { sandboxControl } from '../support/sandbox-control';
import { apiRequests, connectedRemit } from './connected-remit';
import { type Figure, figure } from './figures';

/** Bills awaiting payment in both firms: the same open receivables, ten times the history. */
const UNPAID_BILLS = 2_000;
/** Clio's 50 requests a minute, in a window ten times shorter: what takes 6 s here takes a minute there. */
const WINDOW_SHORTENED = 10;
const RATE_LIMIT = { limit: 50, windowMs: 60_000 / WINDOW_SHORTENED };

/**
 * A first sync under Clio's real rate limit: how long a firm waits from connecting until the popup
 * shows its current figures (outstanding, overdue, aging, top clients), in the minutes Clio's real
 * limit would make of it. The floor is the fewest requests those figures need (the pages of bills
 * awaiting payment, and who the user is) at 50 a minute.
 */
export async function syncRealLimit(): Promise<Figure[]> {
  const firm = await minutesToPopup(20_000);
  const longHistory = await minutesToPopup(200_000);
  const floor = (Math.ceil(UNPAID_BILLS / 200) + 1) / RATE_LIMIT.limit;
  return [
    figure('sync.real_limit.floor_minutes', floor, 'min'),
    figure('sync.real_limit.minutes_to_popup', firm, 'min', { floor, budget: floor * 1.1 }),
    figure('sync.real_limit.minutes_to_popup.200k', longHistory, 'min', { floor, budget: firm * 1.1 }),
  ];
}

async function minutesToPopup(bills: number): Promise<number> {
  const session = await connectedRemit({ size: bills, unpaidBills: UNPAID_BILLS, rateLimit: RATE_LIMIT });
  try {
    const connectedAt = Date.now() - (performance.now() - session.connectedAt);
    const popup = await PopupPage.open(session.remit.context, session.remit.extensionId);
    const minutes = (((await figuresShownAt(popup)) - connectedAt) / 60_000) * WINDOW_SHORTENED;

    // Shown means right: the figures first shown are the firm's whole current figures, to the cent.
    const shown = await popup.figure('USD', 'outstanding').textContent();
    const expected = (await expectedReceivables(sandboxControl(session.sandbox))).currencies.get('USD');
    const amount = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(
      (expected?.outstanding ?? Number.NaN) / 100,
    );
    if (shown !== amount) throw new Error(`The popup first showed ${shown} outstanding, not ${amount}`);
    const { status429 } = await apiRequests(session.sandbox);
    if (status429 > 0) throw new Error(`The first sync met ${status429} answers 429 from Clio`);
    return minutes;
  } finally {
    await session.close();
  }
}

/**
 * When the popup first showed an outstanding figure, by the clock both sides share: noted in the page
 * as it happens, as Playwright's own waiting looks only now and then. A string, so the page gets
 * exactly this code.
 */
function figuresShownAt(popup: PopupPage): Promise<number> {
  return popup.page.evaluate(`new Promise((resolve) => {
    const shown = () => document.querySelector('[data-figure="outstanding"] [data-value]') !== null;
    if (shown()) resolve(Date.now());
    new MutationObserver((_, observer) => {
      if (!shown()) return;
      observer.disconnect();
      resolve(Date.now());
    }).observe(document, { childList: true, subtree: true });
  })`);
}
