import { getJson, postJson } from '../api.js';
import { errorNotice, h } from '../dom.js';
import { words } from './words.js';

let closeOpenDialog = null;

export function closeSendDialog() {
  closeOpenDialog?.();
}

function toggle(id, name, label, hint) {
  const input = h('input', { type: 'checkbox', id, name, class: 'k-checkbox' });
  const group = h(
    'div',
    { class: 'form-group send-bill-option' },
    input,
    h('label', { class: 'k-checkbox-label', for: id }, label),
    h('p', { class: 'form-hint' }, hint),
  );
  return { input, group };
}

/** Clio's Send dialog for one bill, appended to <body> like a Kendo window. Calls `onSent` after a successful send. */
export function openSendDialog(bill, onSent) {
  closeSendDialog();
  const opener = document.activeElement;

  // Like an Angular form, the dialog acts on its model, which only input and change events update:
  // a script that sets `.checked` or `.value` without dispatching them changes nothing.
  const model = { portal: false, email: false, subject: '', message: '' };
  let sending = false;
  // Like Clio's, the dialog loads what it needs for this bill (where the email goes) before it can send.
  let loading = true;

  const portal = toggle(
    'send-bill-portal',
    'share_via_portal',
    words.shareViaPortal,
    words.shareViaPortalHint,
  );
  const email = toggle('send-bill-email', 'send_via_email', words.sendViaEmail, words.sendViaEmailHint);
  // Like Clio's, the email's subject is asked for only once the bill goes by email.
  const subject = h('input', { id: 'send-bill-subject', name: 'subject', class: 'k-textbox', type: 'text' });
  const subjectGroup = h(
    'div',
    { class: 'form-group send-bill-subject' },
    h('label', { class: 'k-label', for: 'send-bill-subject' }, words.emailSubject),
    subject,
  );
  subjectGroup.hidden = true;
  const message = h('textarea', { id: 'send-bill-message', name: 'message', class: 'k-textbox', rows: 4 });
  const error = errorNotice('');
  error.hidden = true;
  const submit = h('button', { type: 'submit', class: 'k-button k-primary' }, words.sendBill);

  const recipient = h('p', { class: 'form-hint send-bill-email-to' }, words.loading);
  const sync = () => {
    submit.disabled = loading || sending || !(model.portal || model.email);
    submit.classList.toggle('k-busy', sending || loading);
    submit.setAttribute('aria-busy', String(sending || loading));
  };
  for (const [key, { input }] of [
    ['portal', portal],
    ['email', email],
  ]) {
    input.addEventListener('change', () => {
      model[key] = input.checked;
      subjectGroup.hidden = !model.email;
      sync();
    });
  }
  subject.addEventListener('input', () => {
    model.subject = subject.value;
  });
  message.addEventListener('input', () => {
    model.message = message.value;
  });

  async function send(event) {
    event.preventDefault();
    if (loading || sending || !(model.portal || model.email)) return;
    sending = true;
    error.hidden = true;
    sync();
    try {
      await postJson(`/nc/data/bills/${encodeURIComponent(bill.id)}/send`, { ...model });
    } catch (failure) {
      sending = false;
      error.textContent = failure.message;
      error.hidden = false;
      sync();
      return;
    }
    close();
    onSent();
  }

  const form = h(
    'form',
    { class: 'send-bill-form', novalidate: true, onSubmit: send },
    h('p', { class: 'send-bill-recipient' }, words.recipient(bill.number, bill.client.name)),
    portal.group,
    email.group,
    recipient,
    subjectGroup,
    h(
      'div',
      { class: 'form-group' },
      h('label', { class: 'k-label', for: 'send-bill-message' }, words.message),
      message,
    ),
    error,
    h(
      'div',
      { class: 'k-actions k-edit-buttons' },
      h('button', { type: 'button', class: 'k-button', onClick: () => close() }, words.cancel),
      submit,
    ),
  );
  const dialog = h(
    'div',
    {
      class: 'k-widget k-window send-bill-window',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'send-bill-title',
    },
    h(
      'div',
      { class: 'k-window-titlebar k-header' },
      h('span', { class: 'k-window-title', id: 'send-bill-title' }, words.sendBill),
      h(
        'div',
        { class: 'k-window-actions' },
        h(
          'button',
          { type: 'button', class: 'k-button k-bare k-window-action', onClick: () => close() },
          h('span', { class: 'k-icon k-i-close', 'aria-hidden': 'true' }),
          h('span', { class: 'visually-hidden' }, words.close),
        ),
      ),
    ),
    h('div', { class: 'k-window-content k-content' }, form),
  );
  const overlay = h('div', { class: 'k-overlay' });

  function close() {
    if (closeOpenDialog !== close) return;
    closeOpenDialog = null;
    overlay.remove();
    dialog.remove();
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  }
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });

  closeOpenDialog = close;
  sync();
  document.body.append(overlay, dialog);
  portal.input.focus();
  getJson(`/nc/data/bills/${encodeURIComponent(bill.id)}/send-options`).then(
    (options) => {
      recipient.textContent = options.email ? words.emailGoesTo(options.email) : words.noEmail;
      loading = false;
      sync();
    },
    (failure) => {
      recipient.textContent = failure.message;
    },
  );
}
