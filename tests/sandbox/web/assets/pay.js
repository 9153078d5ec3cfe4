import { getJson, postJson } from './api.js';
import { billColumns, grid } from './bill-parts.js';
import { emptyState, errorNotice, h, loadingMask } from './dom.js';
import { formatDate, formatMoney } from './format.js';

const main = document.getElementById('pay-main');
const token = decodeURIComponent(location.pathname.split('/').filter(Boolean)[2] ?? '');
const payUrl = `/clio_payments/pay/${encodeURIComponent(token)}`;

const billGridColumns = [
  { title: 'Number', cell: (bill) => bill.number },
  billColumns.matter,
  billColumns.due,
  billColumns.balance,
];

function field(id, label, props) {
  return h(
    'div',
    { class: 'form-group' },
    h('label', { class: 'k-label', for: id }, label),
    h('input', { id, class: 'k-textbox', ...props }),
  );
}

function isUsable(link) {
  return link.active && !(link.expires_at && new Date(link.expires_at).getTime() < Date.now());
}

function toCents(amount) {
  return Math.round(Number(amount) * 100);
}

function paymentForm(link, bills) {
  const currency = link.currency?.code;
  const fixedAmount = link.amount !== null && link.amount !== undefined;
  // A client-chosen amount is capped at what the bills owe; a direct payment (no bills) has no cap.
  const maxCents = bills.length ? bills.reduce((sum, bill) => sum + toCents(bill.balance), 0) : null;
  const maxText = maxCents === null ? null : (maxCents / 100).toFixed(2);
  const amountInput = fixedAmount
    ? null
    : h('input', {
        id: 'pay-amount',
        name: 'amount',
        type: 'number',
        class: 'k-textbox',
        min: '0.01',
        max: maxText,
        step: '0.01',
        value: maxText,
        required: true,
      });
  const error = errorNotice('');
  error.hidden = true;
  const payButton = h('button', { type: 'submit', class: 'k-button k-primary pay-button' }, 'Pay');

  const fail = (message) => {
    error.textContent = message;
    error.hidden = false;
  };

  async function pay(event) {
    event.preventDefault();
    error.hidden = true;
    let body = {};
    if (amountInput) {
      const cents = toCents(amountInput.value);
      if (!(cents > 0) || (maxCents !== null && cents > maxCents)) {
        fail(
          maxCents === null
            ? 'Enter an amount greater than zero.'
            : `Enter an amount between ${formatMoney(0.01, currency)} and ${formatMoney(maxText, currency)}.`,
        );
        return;
      }
      body = { amount: cents / 100 };
    }
    payButton.disabled = true;
    try {
      const { payment } = await postJson(payUrl, body);
      main.replaceChildren(
        h(
          'div',
          { class: 'panel pay-result', role: 'status' },
          h('h1', { class: 'page-title' }, 'Payment received'),
          h('p', { class: 'pay-amount' }, formatMoney(payment.amount, currency)),
          h('p', { class: 'muted' }, 'Thank you. A receipt has been sent to your email address.'),
        ),
      );
    } catch (failure) {
      fail(failure.message);
      // A used or expired link stays unusable; any other failure can be retried.
      payButton.disabled = failure.status === 410;
    }
  }

  return h(
    'form',
    { class: 'panel pay-form', novalidate: true, onSubmit: pay },
    amountInput
      ? h(
          'div',
          { class: 'form-group' },
          h('label', { class: 'k-label', for: 'pay-amount' }, 'Amount'),
          amountInput,
          maxText === null ? null : h('p', { class: 'form-hint' }, `Up to ${formatMoney(maxText, currency)}`),
        )
      : h('p', { class: 'pay-amount' }, formatMoney(link.amount, currency)),
    field('pay-card-name', 'Name on card', { name: 'card_name', autocomplete: 'cc-name' }),
    field('pay-card-number', 'Card number', {
      name: 'card_number',
      value: '4242 4242 4242 4242',
      inputmode: 'numeric',
    }),
    h(
      'div',
      { class: 'form-row' },
      field('pay-card-expiry', 'Expiry', { name: 'card_expiry', value: '12 / 34' }),
      field('pay-card-cvc', 'CVC', { name: 'card_cvc', value: '123', inputmode: 'numeric' }),
    ),
    error,
    payButton,
  );
}

function payView({ link, bills }) {
  return [
    h('h1', { class: 'page-title' }, 'Make a payment'),
    link.description ? h('p', { class: 'pay-description' }, link.description) : null,
    isUsable(link)
      ? paymentForm(link, bills)
      : errorNotice('This payment link has expired or has already been used.'),
    link.expires_at && isUsable(link)
      ? h('p', { class: 'muted' }, `This link expires on ${formatDate(link.expires_at)}.`)
      : null,
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'pay-bills-title' },
      h('h2', { class: 'panel-title', id: 'pay-bills-title' }, 'Bills'),
      grid(billGridColumns, bills, 'This is a direct payment, not tied to a bill.'),
    ),
  ].filter(Boolean);
}

async function showPayPage() {
  main.replaceChildren(loadingMask());
  try {
    main.replaceChildren(...payView(await getJson(`${payUrl}/data`)));
  } catch (error) {
    main.replaceChildren(
      error.status === 404
        ? emptyState('Payment link not found', 'Check the link in your email and try again.')
        : emptyState('This payment page could not be loaded', error.message),
    );
  }
}

showPayPage();
