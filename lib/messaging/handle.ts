import { type Browser, browser } from 'wxt/browser';
import { z } from 'zod';
import { isClioHost } from '../clio/regions';
import { envelope, type MessageName, protocol, type Reply, type ResponseOf } from './protocol';
import { RemitError } from './remit-error';

type Sender = Browser.runtime.MessageSender;

export type Handlers = {
  [N in MessageName]: (
    request: z.output<(typeof protocol)[N]['request']>,
    sender: Sender,
  ) => Promise<ResponseOf<N>>;
};

/**
 * Registers the background's one message listener. Only this extension's own pages and its content
 * scripts on Clio's hosts are answered; every request is validated before a handler sees it.
 */
export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isTrustedSender(sender)) return false;
    dispatch(handlers, message, sender).then(sendResponse);
    return true;
  });
}

async function dispatch(handlers: Handlers, message: unknown, sender: Sender): Promise<Reply> {
  const parsed = envelope.safeParse(message);
  if (!parsed.success || !(parsed.data.name in protocol)) {
    return { ok: false, error: { code: 'invalid', message: 'Unknown message.' } };
  }
  const name = parsed.data.name as MessageName;
  const request = protocol[name].request.safeParse(parsed.data.request);
  if (!request.success) {
    return { ok: false, error: { code: 'invalid', message: z.prettifyError(request.error) } };
  }
  try {
    const handler = handlers[name] as (request: unknown, sender: Sender) => Promise<unknown>;
    return { ok: true, value: await handler(request.data, sender) };
  } catch (error) {
    if (error instanceof RemitError)
      return { ok: false, error: { code: error.code, message: error.message } };
    console.error(`Remit: ${name} failed`, error);
    return { ok: false, error: { code: 'invalid', message: 'Something went wrong inside Remit.' } };
  }
}

function isTrustedSender(sender: Sender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (!sender.tab) return true;
  const host = sender.url ? new URL(sender.url).host : '';
  return isClioHost(host) || sender.url?.startsWith(browser.runtime.getURL('/')) === true;
}
