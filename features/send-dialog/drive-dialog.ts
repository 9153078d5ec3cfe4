import { type ClioElement, queryClio } from '@/lib/content/clio-element';
import {
  ElementMissingError,
  waitForAbsence,
  waitForElement,
  waitUntil,
  waitUntilEnabled,
} from '@/lib/content/wait-for-element';
import { CLIO_ANSWER_MS } from '@/lib/outbox/clio-answer';
import type { DriveSendDialog, SendOutcome } from '@/lib/outbox/messages';
import { sendDialogElements as dialog } from './selectors';

/** What the background keeps of Clio's words: enough for any message, and within the protocol's limit. */
const CLIO_MESSAGE_LENGTH = 2000;

/** Send bill pressed, and the error Clio's dialog showed just before: an older error is not its answer. */
interface Press {
  earlier: Element | null;
  earlierText: string | null | undefined;
}

/**
 * Sends the bill the way a person would: Clio's Send button, its dialog's switches and message, then
 * Send bill. Clio's dialog acts on input and change events, so values are set the way typing does.
 * `pressing` asks the background to write the send as pressed first; it answers whether to press.
 * When the bill is not sent, or Clio's dialog shows an error, the dialog is closed so the page is as
 * before and the user can send again; Clio's words are kept. Send bill pressed by the user while the
 * dialog is open is the send all the same (`pressing` is told it was theirs): Clio's answer to it is
 * reported, never "not sent".
 */
export async function sendThroughClio(
  request: DriveSendDialog,
  signal: AbortSignal,
  pressing: (byUser: boolean) => Promise<boolean>,
): Promise<SendOutcome> {
  const watching = new AbortController();
  try {
    const send = await waitForElement<HTMLButtonElement>(dialog.sendButton, signal);
    if (send.disabled) return notPressed('send_unavailable');
    send.click();
    await waitForElement(dialog.sendDialog, signal, 10_000);
    // A press by the user is written as the send's at once, as Remit's own would be.
    const watch = watchSendBill(AbortSignal.any([signal, watching.signal]), () => void pressing(true));
    const unpressed = await fillAndPress(request, signal, () => pressing(false), watch).catch(
      (error: unknown) => whyNotPressed(error, signal),
    );
    // Once Send bill is pressed, by Remit or by anyone, only Clio knows what happened.
    if (watch.press) return await clioAnswer(watch.press, signal);
    // Not sent: no dialog is left half filled, for a press Remit would no longer see.
    closeDialog();
    return unpressed ?? notPressed('send_unavailable');
  } catch (error) {
    return whyNotPressed(error, signal);
  } finally {
    watching.abort();
  }
}

/** Fills the dialog and presses Send bill; why not, when it was not pressed. */
async function fillAndPress(
  request: DriveSendDialog,
  signal: AbortSignal,
  pressing: () => Promise<boolean>,
  watch: SendBillWatch,
): Promise<SendOutcome | null> {
  setChecked(present<HTMLInputElement>(dialog.portalToggle), request.portal);
  setChecked(present<HTMLInputElement>(dialog.emailToggle), request.email);
  // The subject field appears once email is on; a send without a subject keeps Clio's own.
  if (request.email && request.subject !== undefined) {
    setText(await waitForElement<HTMLInputElement>(dialog.subjectField, signal, 5_000), request.subject);
  }
  setText(present<HTMLTextAreaElement>(dialog.messageField), request.message);
  // Clio's dialog loads what it needs (where the email goes, say) before Send bill is enabled; a
  // press by the user meanwhile ends the wait.
  const ready = await waitUntilEnabled<HTMLButtonElement>(
    dialog.sendBillButton,
    AbortSignal.any([signal, watch.pressed]),
  ).catch((error: unknown) => error);
  if (watch.press) return null;
  if (!(ready instanceof HTMLButtonElement)) return whyNotPressed(ready, signal);
  const allowed = await pressing();
  if (watch.press) return null;
  if (!allowed) return notPressed('tab_closed');
  // Looked up again: Clio may have re-rendered its dialog while the background wrote the send.
  const submit = queryClio<HTMLButtonElement>(dialog.sendBillButton);
  if (!submit || submit.disabled) return notPressed('send_unavailable');
  watch.press = pressNow();
  submit.click();
  return null;
}

/** The first press of Send bill seen, and a signal aborted by it. */
interface SendBillWatch {
  press: Press | null;
  pressed: AbortSignal;
}

/**
 * Notes the first press of Send bill from here on, by anyone in the page: a user who presses it
 * while Remit fills the dialog has sent the bill, whatever Remit was about to do. Remit's own press
 * is noted before its click; any other is the user's, told to `userPressed`.
 */
function watchSendBill(signal: AbortSignal, userPressed: () => void): SendBillWatch {
  const pressed = new AbortController();
  const watch: SendBillWatch = { press: null, pressed: pressed.signal };
  const onPress = (event: Event) => {
    const button = queryClio<HTMLButtonElement>(dialog.sendBillButton);
    if (watch.press || !button || button.disabled || button.getAttribute('aria-disabled') === 'true') return;
    const onButton =
      event instanceof SubmitEvent
        ? event.submitter === button
        : event.target instanceof Node && button.contains(event.target);
    if (!onButton) return;
    watch.press = pressNow();
    pressed.abort();
    userPressed();
  };
  // Capturing, so the dialog's error is read before Clio's own handler hides it; a form may also
  // be sent with Enter, which is no click.
  document.addEventListener('click', onPress, { capture: true, signal });
  document.addEventListener('submit', onPress, { capture: true, signal });
  return watch;
}

function pressNow(): Press {
  const earlier = queryClio(dialog.sendDialogError);
  return { earlier, earlierText: earlier?.textContent };
}

/** What Clio's dialog did after Send bill: closed, showed an error, or nothing Remit could read. */
async function clioAnswer({ earlier, earlierText }: Press, signal: AbortSignal): Promise<SendOutcome> {
  try {
    const refusal = await Promise.race([
      waitForAbsence(dialog.sendDialog, signal, CLIO_ANSWER_MS).then(() => null),
      waitUntil(
        () => {
          const notice = queryClio(dialog.sendDialogError);
          return notice && (notice !== earlier || notice.textContent !== earlierText) ? notice : null;
        },
        signal,
        CLIO_ANSWER_MS,
        () => new Error('Clio’s dialog neither closed nor showed an error'),
      ).then((notice) => notice.textContent?.trim() ?? ''),
    ]);
    if (refusal === null) return { kind: 'submitted' };
    closeDialog();
    return { kind: 'refused', clioMessage: refusal.slice(0, CLIO_MESSAGE_LENGTH) };
  } catch {
    // The dialog stayed as it was, or the page went: the background asks Clio's API.
    return { kind: 'no_answer' };
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

/** Cancels Clio's Send bill dialog, and no other dialog Clio may have open. */
function closeDialog(): void {
  const sendDialog = queryClio(dialog.sendDialog);
  if (sendDialog) queryClio<HTMLButtonElement>(dialog.sendDialogCancel, sendDialog)?.click();
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
