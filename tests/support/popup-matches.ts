import { expect } from '@playwright/test';
import type { PopupPage } from '../e2e/pages/popup-page';
import { buckets, type ExpectedReceivables, type Period, periods } from './expected-receivables';

const money = (cents: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);
const date = (isoDate: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(isoDate));

/** Every figure, bucket, client and attention item of the popup, against the expected figures, to the cent. */
export async function expectPopupToShow(popup: PopupPage, expected: ExpectedReceivables): Promise<void> {
  await expect(popup.page.getByRole('region', { name: /^Receivables in / })).toHaveCount(
    expected.currencies.size,
  );
  for (const [code, figures] of expected.currencies) {
    await expect(popup.figure(code, 'outstanding'), `${code} outstanding`).toHaveText(
      money(figures.outstanding, code),
    );
    await expect(popup.figureLink(code, 'outstanding')).toContainText(`${figures.unpaidBills} unpaid bill`);
    await expect(popup.figure(code, 'overdue'), `${code} overdue`).toHaveText(money(figures.overdue, code));
    await expect(popup.figureLink(code, 'overdue')).toContainText(`${figures.overdueBills} bill`);
    await expect(popup.figure(code, 'pending'), `${code} pending`).toHaveText(money(figures.pending, code));
    for (const bucket of buckets) {
      const row = popup.agingRow(code, bucket);
      await expect(row.balance, `${code} ${bucket}`).toHaveText(money(figures.aging[bucket].balance, code));
      await expect(row.bills, `${code} ${bucket} bills`).toHaveText(String(figures.aging[bucket].bills));
    }
    const clients = popup.topClients(code);
    await expect(clients).toHaveCount(figures.topClients.length);
    for (const [rank, client] of figures.topClients.entries()) {
      const item = clients.nth(rank);
      await expect(item.locator('[data-name]'), `${code} client ${rank + 1}`).toHaveText(client.name);
      await expect(item.locator('[data-value]')).toHaveText(money(client.outstanding, code));
      await expect(item.locator('[data-detail]')).toHaveText(
        `${client.unpaidBills} unpaid ${client.unpaidBills === 1 ? 'bill' : 'bills'}, oldest due ${date(client.oldestDueAt)}`,
      );
    }
    const trust = popup.figureLink(code, 'trust');
    if (figures.trust.requests === 0) await expect(trust).toHaveCount(0);
    else {
      await expect(trust.locator('[data-value]')).toHaveText(money(figures.trust.outstanding, code));
      await expect(trust).toContainText(`${figures.trust.requests} request`);
    }
  }
  for (const period of Object.keys(periods) as Period[]) {
    await popup.choosePeriod(periods[period]);
    for (const [code, figures] of expected.currencies)
      await expect(popup.figure(code, 'paid'), `${code} paid, ${period}`).toHaveText(
        money(figures.paid[period], code),
      );
  }
  await expectAttention(popup, 'bills', expected.attention.bills.total, expected.attention.bills.first);
  await expectAttention(popup, 'links', expected.attention.links.total, expected.attention.links.ids);
  await expectAttention(
    popup,
    'payments',
    expected.attention.payments.total,
    expected.attention.payments.ids,
  );
}

async function expectAttention(
  popup: PopupPage,
  name: 'bills' | 'links' | 'payments',
  total: number,
  ids: number[],
): Promise<void> {
  const list = popup.attention(name);
  if (total === 0) {
    await expect(list.root).toHaveCount(0);
    return;
  }
  await expect(list.total, `${name} needing attention`).toHaveText(`(${total})`);
  await expect
    .poll(() => list.items.evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-id')))))
    .toEqual(ids);
}
