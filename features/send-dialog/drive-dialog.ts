import { type ClioElement, queryClio } from '@/lib/content/clio-element';
import {
  ElementMissingError,
  waitForAbsence,
  waitForElement,
  waitUntil,
  waitUntilEnabled,
} from '@/lib/content/wait-for-element';
import type { DriveSendDialog, SendOutcome } from '@/lib/outbox/messages';
import { sendDialogElements as dialog } from './selectors';

/** What the background keeps of Clio's words: enough for any message, and within the protocol's limit. */
const CLIO_MESSAGE_LENGTH = 2000;

/**
 * Sends the bill the way a person would: Clio's Send button, its dialog's switches and message, then
 * Send bill. Clio's dialog acts on input and change events, so values are set the way typing does.
 * `pressing` asks the background to write the send as pressed first; it answers whether to press.
 * When Clio's dialog shows an error, the dialog is closed so the page is as before and the user can
 * send again; Clio's words are kept.
 */
export async function sendThroughClio(
  request: DriveSendDialog,
  signal: AbortSignal,
  pressing: () => Promise<boolean>,
): Promise<SendOutcome> {
  let pressed = false;
  try {
    const send = await waitForElement<HTMLButtonElement>(dialog.sendButton, signal);
    if (send.disabled) return notPressed('send_unavailable');
    send.click();
    await waitForElement(dialog.sendDialog, signal, 10_000);
    setChecked(present<HTMLInputElement>(dialog.portalToggle), request.portal);
    setChecked(present<HTMLInputElement>(dialog.emailToggle), request.email);
    // The subject field appears once email is on; a send without a subject keeps Clio's own.
    if (request.email && request.subject !== undefined) {
      setText(await waitForElement<HTMLInputElement>(dialog.subjectField, signal, 5_000), request.subject);
    }
    setText(present<HTMLTextAreaElement>(dialog.messageField), request.message);
    // Clio's dialog loads what it needs (where the email goes, say) before Send bill is enabled.
    const ready = await waitUntilEnabled<HTMLButtonElement>(dialog.sendBillButton, signal).catch(
      (error: unknown) => error,
    );
    if (!(ready instanceof HTMLButtonElement)) {
      closeDialog();
      return whyNotPressed(ready, signal);
    }
    if (!(await pressing())) {
      closeDialog();
      return notPressed('tab_closed');
    }
    // Looked up again: Clio may have re-rendered its dialog while the background wrote the send.
    const submit = queryClio<HTMLButtonElement>(dialog.sendBillButton);
    if (!submit || submit.disabled) return notPressed('send_unavailable');
    // An error Clio showed before this press is not its answer to it.
    const earlier = queryClio(dialog.sendDialogError);
    const earlierText = earlier?.textContent;
    pressed = true;
    submit.click();
    const refusal = await Promise.race([
      waitForAbsence(dialog.sendDialog, signal, 30_000).then(() => null),
      waitUntil(
        () => {
          const notice = queryClio(dialog.sendDialogError);
          return notice && (notice !== earlier || notice.textContent !== earlierText) ? notice : null;
        },
        signal,
        30_000,
        () => new Error('Clio’s dialog neither closed nor showed an error'),
      ).then((notice) => notice.textContent?.trim() ?? ''),
    ]);
    if (refusal === null) return { kind: 'submitted' };
    closeDialog();
    return { kind: 'refused', clioMessage: refusal.slice(0, CLIO_MESSAGE_LENGTH) };
  } catch (error) {
    // Once Send bill is pressed only Clio knows what happened: the background asks its API.
    if (pressed) return { kind: 'submitted' };
    return whyNotPressed(error, signal);
  }
}

/** Why the dialog was left without pressing Send bill, from what went wrong. */
function whyNotPressed(error: unknown, signal: AbortSignal): SendOutcome {
  if (signal.aborted) return notPressed('tab_closed');
  if (error instanceof ElementMissingError) {
    return { kind: 'not_pressed', problem: { code: 'page_changed', element: error.target.name } };
  }
  return notPressed('send_unavailable');
}

function notPressed(code: 'send_unavailable' | 'tab_closed'): SendOutcome {
  return { kind: 'not_pressed', problem: { code } };
}

function closeDialog(): void {
  queryClio<HTMLButtonElement>(dialog.sendDialogCancel)?.click();
}

function present<E extends HTMLElement>(target: ClioElement): E {
  const element = queryClio<E>(target);
  if (!element) throw new ElementMissingError(target);
  return element;
}

function setChecked(input: HTMLInputElement, checked: boolean): void {
  if (input.checked !== checked) input.click();
}

function setText(field: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const prototype =
    field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  setValue?.call(field, text);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}
