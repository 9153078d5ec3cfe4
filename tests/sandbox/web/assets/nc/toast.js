import { h } from '../dom.js';

const visibleFor = 5000;

export function showToast(message) {
  const toast = h(
    'div',
    { class: 'k-notification k-notification-success', role: 'status' },
    h('span', { class: 'k-icon k-i-check', 'aria-hidden': 'true' }),
    h('span', { class: 'k-notification-content' }, message),
  );
  document.getElementById('notifications').append(toast);
  setTimeout(() => toast.remove(), visibleFor);
}
