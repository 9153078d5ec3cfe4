import { getJson } from '../api.js';
import { billColumns, grid, sharedIndicator } from '../bill-parts.js';
import { errorNotice, h, loadingMask } from '../dom.js';

const columns = [
  {
    title: 'Number',
    cell: (bill) =>
      h('a', { class: 'bill-number-link', href: `#/bills/${encodeURIComponent(bill.id)}` }, bill.number),
  },
  billColumns.kind,
  {
    title: 'Client',
    cell: (bill) => h('a', { href: `#/contacts/${encodeURIComponent(bill.client.id)}` }, bill.client.name),
  },
  billColumns.matter,
  billColumns.issued,
  billColumns.due,
  billColumns.total,
  billColumns.balance,
  billColumns.state,
  { title: 'Shared', cell: (bill) => sharedIndicator(bill.shared) },
];

export async function showBillsList(page, route) {
  document.title = 'Billing - Clio';
  const header = h('div', { class: 'page-header' }, h('h1', { class: 'page-title' }, 'Billing'));
  page.replaceChildren(header, loadingMask());
  try {
    const { bills } = await getJson('/nc/data/bills');
    if (!route.isCurrent()) return;
    page.replaceChildren(
      header,
      h('div', { class: 'panel bills-panel' }, grid(columns, bills, 'No bills found.')),
    );
  } catch (error) {
    if (!route.isCurrent()) return;
    page.replaceChildren(header, errorNotice(`Bills could not be loaded. ${error.message}`));
  }
}
