import { type ClioElement, clioPage, queryClio } from '../clio/selectors';
import type { TabRequestOf, TabResponseOf } from '../messaging/protocol';
import { ElementMissingError, waitForAbsence, waitForElement } from './wait-for-element';

type Outcome = TabResponseOf<'driveSendDialog'>;

/**
 * Sends the bill the way a person would: Clio's Send button, its dialog's switches and message, then
 * Send bill. Clio's dialog acts on input and change events, so values are set the way typing does.
 */
export async function sendThroughClio(
  request: TabRequestOf<'driveSendDialog'>,
  signal: AbortSignal,
): Promise<Outcome> {
  let pressed = false;
  try {
    const send = await waitForElement<HTMLButtonElement>(clioPage.sendButton, signal);
    if (send.disabled)
      return { outcome: 'failed', reason: 'Clio does not offer Send for this bill now.', pressed };
    send.click();
    await waitForElement(clioPage.sendDialog, signal, 10_000);
    setChecked(present<HTMLInputElement>(clioPage.portalToggle), request.portal);
    setChecked(present<HTMLInputElement>(clioPage.emailToggle), request.email);
    setText(present<HTMLTextAreaElement>(clioPage.messageField), request.message);
    const submit = present<HTMLButtonElement>(clioPage.sendBillButton);
    if (submit.disabled)
      return { outcome: 'failed', reason: 'Clio’s Send bill button stayed disabled.', pressed };
    pressed = true;
    submit.click();
    const result = await Promise.race([
      waitForAbsence(clioPage.sendDialog, signal, 30_000).then(() => null),
      waitForElement(clioPage.sendDialogError, signal, 30_000).then(
        (notice) => notice.textContent?.trim() ?? '',
      ),
    ]);
    if (result === null) return { outcome: 'submitted' };
    return { outcome: 'failed', reason: `Clio refused the send: ${result}`, pressed };
  } catch (error) {
    if (error instanceof ElementMissingError) return { outcome: 'failed', reason: error.message, pressed };
    if (signal.aborted) return { outcome: 'failed', reason: 'The page changed during the send.', pressed };
    throw error;
  }
}

function present<E extends HTMLElement>(target: ClioElement): E {
  const element = queryClio<E>(target);
  if (!element) throw new ElementMissingError(target);
  return element;
}

function setChecked(input: HTMLInputElement, checked: boolean): void {
  if (input.checked !== checked) input.click();
}

function setText(field: HTMLTextAreaElement, text: string): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  setValue?.call(field, text);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}
