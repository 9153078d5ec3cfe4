// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendThroughClio } from '@/features/send-dialog/drive-dialog';
import type { DriveSendDialog } from '@/lib/outbox/messages';

/** How the stand-in for Clio's dialog behaves: each part can be left out, or hold its answer back. */
interface DialogShape {
  /** Send bill is enabled once the dialog has loaded, or never (Clio could not ready the send). */
  sendBill: 'enabled' | 'never';
  /** What Send bill does: Clio closes its dialog, or shows why it refused. */
  onSubmit: 'close' | 'refuse';
  /** Clio renamed or dropped the message field. */
  messageField: boolean;
}

const request: DriveSendDialog = {
  sendId: 'send-1',
  billId: 42,
  portal: true,
  email: false,
  message: 'Your bill for March',
};

/**
 * A bill page with Clio's Send button, whose dialog is built on the selectors' terms (role, names,
 * labels), and follows its model on input and change events, as Clio's does.
 */
function clioBillPage(shape: Partial<DialogShape> = {}) {
  const { sendBill = 'enabled', onSubmit = 'close', messageField = true } = shape;
  document.body.innerHTML = `<div class="bill-show"><div class="page-actions"><button>Send</button></div></div>`;
  const submitted: Record<string, unknown>[] = [];
  const model = { portal: false, email: false, message: '' };
  document.querySelector('.page-actions button')?.addEventListener('click', () => {
    const dialog = document.createElement('div');
    dialog.className = 'k-window send-bill-window';
    dialog.setAttribute('role', 'dialog');
    dialog.innerHTML = `<form>
        <input type="checkbox" name="share_via_portal">
        <input type="checkbox" name="send_via_email">
        ${messageField ? '<textarea name="message"></textarea>' : ''}
        <p role="alert" hidden></p>
        <button type="button">Cancel</button>
        <button type="submit" disabled>Send bill</button>
      </form>`;
    const query = <E extends Element>(selector: string) => dialog.querySelector(selector) as E;
    const submit = query<HTMLButtonElement>('button[type="submit"]');
    query<HTMLInputElement>('[name="share_via_portal"]').addEventListener('change', (event) => {
      model.portal = (event.target as HTMLInputElement).checked;
    });
    query<HTMLTextAreaElement>('[name="message"]')?.addEventListener('input', (event) => {
      model.message = (event.target as HTMLTextAreaElement).value;
    });
    query<HTMLButtonElement>('button[type="button"]').addEventListener('click', () => dialog.remove());
    query<HTMLFormElement>('form').addEventListener('submit', (event) => {
      event.preventDefault();
      submitted.push({ ...model });
      if (onSubmit === 'close') return dialog.remove();
      const alert = query<HTMLElement>('[role="alert"]');
      alert.textContent = 'The bill could not be shared: the client has no portal access.';
      alert.hidden = false;
    });
    document.body.append(dialog);
    // Clio loads where the email goes before it lets the bill be sent.
    if (sendBill === 'enabled') setTimeout(() => (submit.disabled = false), 50);
  });
  return {
    submitted,
    dialogOpen: () => document.querySelector('[role="dialog"].send-bill-window') !== null,
    sendBillButton: () =>
      document.querySelector<HTMLButtonElement>('[role="dialog"] button[type="submit"]') as HTMLButtonElement,
  };
}

describe('sending a bill through Clio’s Send dialog', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('fills the dialog as typing would, presses Send bill once allowed, and reports Clio closing it', async () => {
    const page = clioBillPage();
    const pressing = vi.fn(async () => true);

    const outcome = await sendThroughClio(request, new AbortController().signal, pressing);

    expect(outcome).toEqual({ kind: 'submitted' });
    expect(page.submitted).toEqual([{ portal: true, email: false, message: 'Your bill for March' }]);
    expect(pressing).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('reports Clio’s refusal in its words and closes the dialog, so the bill can be sent again', async () => {
    const page = clioBillPage({ onSubmit: 'refuse' });

    const outcome = await sendThroughClio(request, new AbortController().signal, async () => true);

    expect(outcome).toEqual({
      kind: 'refused',
      clioMessage: 'The bill could not be shared: the client has no portal access.',
    });
    expect(page.dialogOpen()).toBe(false);
  });

  it('closes the dialog it did not send from when Send bill is never enabled', async () => {
    const page = clioBillPage({ sendBill: 'never' });
    const pressing = vi.fn(async () => true);

    const sent = sendThroughClio(request, new AbortController().signal, pressing);
    await vi.advanceTimersByTimeAsync(16_000);

    await expect(sent).resolves.toEqual({ kind: 'not_pressed', problem: { code: 'send_unavailable' } });
    expect(page.dialogOpen()).toBe(false);
    expect(page.submitted).toEqual([]);
    expect(pressing).not.toHaveBeenCalled();
  });

  it('closes the dialog and names the field when Clio’s dialog has no message field', async () => {
    const page = clioBillPage({ messageField: false });

    const outcome = await sendThroughClio(request, new AbortController().signal, async () => true);

    expect(outcome).toEqual({
      kind: 'not_pressed',
      problem: { code: 'page_changed', element: 'messageField' },
    });
    expect(page.dialogOpen()).toBe(false);
    expect(page.submitted).toEqual([]);
  });

  it('closes the dialog without pressing when the background has given the send up', async () => {
    const page = clioBillPage();

    const outcome = await sendThroughClio(request, new AbortController().signal, async () => false);

    expect(outcome).toEqual({ kind: 'not_pressed', problem: { code: 'tab_closed' } });
    expect(page.dialogOpen()).toBe(false);
    expect(page.submitted).toEqual([]);
  });

  it('takes a press of Send bill by the user as the send, and tells the background it was theirs', async () => {
    const page = clioBillPage({ sendBill: 'never' });
    const pressing = vi.fn(async () => true);

    const sent = sendThroughClio(request, new AbortController().signal, pressing);
    await vi.waitFor(() => expect(page.dialogOpen()).toBe(true));
    // Clio enables Send bill and the user presses it before Remit's wait has seen it enabled.
    page.sendBillButton().disabled = false;
    page.sendBillButton().click();

    await expect(sent).resolves.toEqual({ kind: 'submitted' });
    expect(pressing).toHaveBeenCalledExactlyOnceWith(true);
    expect(page.submitted).toHaveLength(1);
  });

  it('leaves any other dialog of Clio’s open when it closes its own', async () => {
    clioBillPage({ messageField: false });
    const other = document.createElement('div');
    other.setAttribute('role', 'dialog');
    other.innerHTML = '<button type="button">Cancel</button>';
    let otherCancelled = false;
    other.querySelector('button')?.addEventListener('click', () => {
      otherCancelled = true;
    });
    document.body.prepend(other);

    await sendThroughClio(request, new AbortController().signal, async () => true);

    expect(otherCancelled).toBe(false);
  });
});
