import { browser } from 'wxt/browser';
import { RemitError } from '../errors';
import { type MessageTable, type RequestIn, type ResponseIn, reply } from './define';

/** The UI's side of a message table: typed asks whose answers are validated, or a RemitError. */
export function messengerFor<T extends MessageTable>(table: T) {
  /** The validated answer to a message already sent, or a RemitError. */
  async function readReply<N extends keyof T & string>(
    name: N,
    sent: Promise<unknown>,
  ): Promise<ResponseIn<T, N>> {
    let raw: unknown;
    try {
      raw = await sent;
    } catch {
      throw new RemitError('network', 'common.background_unreachable');
    }
    const answer = reply.parse(raw);
    if (!answer.ok) throw RemitError.of(answer.error.code, answer.error.text);
    return (table[name] as T[N]).response.parse(answer.value) as ResponseIn<T, N>;
  }

  /** Sends a typed message to the background and returns its validated answer, or throws a RemitError. */
  function sendMessage<N extends keyof T & string>(
    name: N,
    request: RequestIn<T, N>,
  ): Promise<ResponseIn<T, N>> {
    return readReply(name, browser.runtime.sendMessage({ name, request }));
  }

  return { sendMessage, readReply };
}
