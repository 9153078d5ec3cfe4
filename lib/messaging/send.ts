import { browser } from 'wxt/browser';
import { type MessageName, protocol, type RequestOf, type ResponseOf, reply } from './protocol';
import { RemitError } from './remit-error';

/** Sends a typed message to the background and returns its validated answer, or throws a RemitError. */
export function sendMessage<N extends MessageName>(name: N, request: RequestOf<N>): Promise<ResponseOf<N>> {
  return readReply(name, browser.runtime.sendMessage({ name, request }));
}

/** The validated answer to a message already sent, or a RemitError. */
export async function readReply<N extends MessageName>(
  name: N,
  sent: Promise<unknown>,
): Promise<ResponseOf<N>> {
  let raw: unknown;
  try {
    raw = await sent;
  } catch {
    throw new RemitError(
      'network',
      'Remit could not reach its background service. Reload the page and try again.',
    );
  }
  const answer = reply.parse(raw);
  if (!answer.ok) throw new RemitError(answer.error.code, answer.error.message);
  return protocol[name].response.parse(answer.value) as ResponseOf<N>;
}
