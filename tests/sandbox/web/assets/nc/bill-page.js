import { getJson } from '../api.js';
import { grid, money, sharedIndicator, stateBadge } from '../bill-parts.js';
import { emptyState, h, loadingMask } from '../dom.js';
import { formatDate, formatTimestamp, matterLabel } from '../format.js';
import { openSendDialog } from './send-dialog.js';
import { showToast } from './toast.js';
import { words } from './words.js';

// Clio offers Send only once a bill is approved; drafts and voided bills cannot go out.
const sendableStates = new Set(['awaiting_payment', 'paid']);

function summaryItem(term, value) {
  return h('div', { class: 'bill-summary-item' }, h('dt', {}, term), h('dd', {}, value));
}

function actions(bill, onSend) {
  return h(
    'div',
    { class: 'page-actions k-toolbar', role: 'toolbar', 'aria-label': words.billActions },
    h(
      'button',
      {
        type: 'button',
        class: 'k-button k-primary',
        disabled: !sendableStates.has(bill.state),
        onClick: onSend,
      },
      words.send,
    ),
    h(
      'button',
      { type: 'button', class: 'k-button', disabled: bill.state !== 'awaiting_payment' },
      words.recordPayment,
    ),
    h('button', { type: 'button', class: 'k-button', disabled: bill.state === 'void' }, words.void),
  );
}

const paymentColumns = [
  { title: 'Date', cell: (allocation) => formatDate(allocation.date) },
  { title: 'Amount', numeric: true, cell: (allocation) => allocation.amountText },
  { title: 'Type', cell: (allocation) => allocation.payment_type ?? '—' },
];

function billView(bill, onSend) {
  const allocations = (bill.allocations ?? []).map((allocation) => ({
    ...allocation,
    amountText: money(allocation.amount, bill),
  }));
  return h(
    'div',
    { class: 'bill-show' },
    h(
      'div',
      { class: 'page-header' },
      h('nav', { class: 'breadcrumb', 'aria-label': 'Breadcrumb' }, h('a', { href: '#/bills' }, 'Billing')),
      h(
        'div',
        { class: 'page-title-row' },
        h('h1', { class: 'page-title' }, words.billTitle(bill.number)),
        stateBadge(bill.state),
        bill.kind === 'trust_kind' ? h('span', { class: 'label bill-kind-label' }, 'Trust request') : null,
      ),
      actions(bill, onSend),
    ),
    h(
      'dl',
      { class: 'bill-parties' },
      h('dt', {}, 'Client'),
      h('dd', {}, h('a', { href: `#/contacts/${encodeURIComponent(bill.client.id)}` }, bill.client.name)),
      h('dt', {}, 'Matter'),
      h(
        'dd',
        {},
        bill.matter
          ? h('a', { href: `#/matters/${encodeURIComponent(bill.matter.id)}` }, matterLabel(bill.matter))
          : '—',
      ),
    ),
    h(
      'section',
      { class: 'panel bill-summary', 'aria-label': 'Bill summary' },
      h(
        'dl',
        { class: 'bill-summary-list' },
        summaryItem('Total', money(bill.total, bill)),
        summaryItem('Paid', money(bill.paid, bill)),
        summaryItem('Balance due', money(bill.balance, bill)),
        summaryItem('Issued date', formatDate(bill.issued_at)),
        summaryItem('Due date', formatDate(bill.due_at)),
      ),
    ),
    h(
      'section',
      { class: 'panel bill-sharing', 'aria-label': 'Sharing' },
      h(
        'dl',
        { class: 'bill-sharing-list' },
        h('dt', {}, 'Clio for Clients'),
        h('dd', {}, sharedIndicator(bill.shared)),
        h('dt', {}, 'Last sent'),
        h('dd', { class: 'bill-last-sent' }, formatTimestamp(bill.last_sent_at)),
      ),
    ),
    h(
      'section',
      { class: 'panel bill-payments', 'aria-labelledby': 'bill-payments-title' },
      h('h2', { class: 'panel-title', id: 'bill-payments-title' }, 'Payments'),
      grid(paymentColumns, allocations, 'No payments recorded.'),
    ),
  );
}

export async function showBillPage(page, billId, route) {
  page.replaceChildren(loadingMask());
  let bill;
  try {
    ({ bill } = await getJson(`/nc/data/bills/${encodeURIComponent(billId)}`));
  } catch (error) {
    if (!route.isCurrent()) return;
    document.title = 'Billing - Clio';
    page.replaceChildren(
      error.status === 404
        ? emptyState('Bill not found', 'This bill does not exist or you do not have access to it.')
        : emptyState('This bill could not be loaded', error.message),
      h('p', {}, h('a', { href: '#/bills' }, 'Back to bills')),
    );
    return;
  }
  if (!route.isCurrent()) return;
  document.title = `Bill #${bill.number} - Clio`;
  const afterSend = () => {
    showToast(words.billSent);
    route.reload();
  };
  page.replaceChildren(billView(bill, () => openSendDialog(bill, afterSend)));
}
