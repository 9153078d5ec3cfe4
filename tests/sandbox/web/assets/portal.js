import { getJson } from './api.js';
import { billColumns, grid } from './bill-parts.js';
import { emptyState, h, loadingMask, safeUrl } from './dom.js';
import { formatMoney } from './format.js';

const main = document.getElementById('portal-main');
const contactId = location.pathname.split('/').filter(Boolean)[1];

const billGridColumns = [
  { title: 'Number', cell: (bill) => bill.number },
  billColumns.kind,
  billColumns.matter,
  billColumns.issued,
  billColumns.due,
  billColumns.total,
  billColumns.balance,
  billColumns.state,
];

function paymentLinkItem(link, billsById) {
  const bills = (link.bill_ids ?? []).map((id) => billsById.get(id));
  const currency = bills.find(Boolean)?.currency?.code;
  const amount =
    link.amount === null || link.amount === undefined
      ? 'Amount of your choice'
      : formatMoney(link.amount, currency);
  const billNumbers = (link.bill_ids ?? []).map((id, index) => `#${bills[index]?.number ?? id}`);
  return h(
    'li',
    { class: 'payment-link-item' },
    h('span', { class: 'payment-link-amount' }, amount),
    h(
      'span',
      { class: 'payment-link-bills' },
      billNumbers.length
        ? `${billNumbers.length === 1 ? 'Bill' : 'Bills'} ${billNumbers.join(', ')}`
        : 'Payment',
    ),
    h('a', { class: 'k-button k-primary', href: safeUrl(link.url) }, 'Pay'),
  );
}

function portalView({ contact, bills, links }) {
  const billsById = new Map(bills.map((bill) => [bill.id, bill]));
  const activeLinks = links.filter((link) => link.active);
  const outstanding = bills.filter((bill) => bill.balance > 0);
  return [
    h('h1', { class: 'page-title' }, 'Bills'),
    h(
      'p',
      { class: 'muted' },
      outstanding.length
        ? `You have ${outstanding.length} bill${outstanding.length === 1 ? '' : 's'} with a balance due.`
        : 'You have no balance due.',
    ),
    activeLinks.length
      ? h(
          'section',
          { class: 'panel payment-links', 'aria-labelledby': 'payment-links-title' },
          h('h2', { class: 'panel-title', id: 'payment-links-title' }, 'Payment requests'),
          h(
            'ul',
            { class: 'payment-link-list' },
            activeLinks.map((link) => paymentLinkItem(link, billsById)),
          ),
        )
      : null,
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'shared-bills-title' },
      h('h2', { class: 'panel-title', id: 'shared-bills-title' }, `Bills shared with ${contact.name}`),
      grid(billGridColumns, bills, 'No bills have been shared with you yet.'),
    ),
  ].filter(Boolean);
}

async function showPortal() {
  main.replaceChildren(loadingMask());
  try {
    const data = await getJson(`/portal/data/${encodeURIComponent(contactId)}`);
    document.getElementById('portal-contact').textContent = data.contact.name;
    main.replaceChildren(...portalView(data));
  } catch (error) {
    main.replaceChildren(
      error.status === 404
        ? emptyState('Page not found', 'This client portal does not exist.')
        : emptyState('Your bills could not be loaded', error.message),
    );
  }
}

showPortal();
