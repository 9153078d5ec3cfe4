import { clioPage } from '../../lib/clio/selectors';
import { sandboxControl } from '../support/sandbox-control';
import { expect, test } from './fixtures';

type Route = (bills: { unpaid: number }) => string;

/** Where each selector lives on the replica. Typed over every selector, so a new one cannot go untested. */
const routeOf: Record<keyof typeof clioPage, Route> = {
  billSummary: ({ unpaid }) => `#/bills/${unpaid}`,
};

test('every selector of Clio’s page finds exactly one element on the replica', async ({
  context,
  sandbox,
}) => {
  const bills = await sandboxControl(sandbox).bills();
  const unpaid = bills.find((bill) => bill.state === 'awaiting_payment');
  if (!unpaid) throw new Error('The seed has no unpaid bill');
  const page = await context.newPage();
  for (const [name, target] of Object.entries(clioPage)) {
    const route = routeOf[name as keyof typeof clioPage]({ unpaid: unpaid.id });
    await page.goto(`https://app.clio.com/nc/${route}`);
    await expect(page.locator(target.selector), `${name} on ${route}`).toHaveCount(1);
  }
});
