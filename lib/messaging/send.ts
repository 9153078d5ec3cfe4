import { browser } from 'wxt/browser';
import { type ErrorCode, errorCodes, RemitError } from '../errors';
import type { MessageTable, RequestIn, ResponseIn } from './define';
import type { Reply } from './reply';

/**
 * The UI's side of a message table: typed asks, answered or a RemitError. The background validated
 * each answer against its schema before it left, so pages take it as it comes and carry no schemas.
 */
export function messengerFor<T extends MessageTable>() {
  /** The answer to a message already sent, or a RemitError. */
  async function readReply<N extends keyof T & string>(
    _name: N,
    sent: Promise<unknown>,
  ): Promise<ResponseIn<T, N>> {
    let answer: unknown;
    try {
      answer = await sent;
    } catch {
      throw new RemitError('network', 'common.background_unreachable');
    }
    if (isAnswered(answer)) return answer.value as ResponseIn<T, N>;
    if (isRefused(answer)) throw RemitError.of(answer.error.code, answer.error.text);
    // No listener answered: the worker was stopping, or the message reached no background at all.
    throw new RemitError('network', 'common.background_unreachable');
  }

  /** Sends a typed message to the background and returns its answer, or throws a RemitError. */
  function sendMessage<N extends keyof T & string>(
    name: N,
    request: RequestIn<T, N>,
  ): Promise<ResponseIn<T, N>> {
    return readReply(name, browser.runtime.sendMessage({ name, request }));
  }

  return { sendMessage, readReply };
}

function isAnswered(answer: unknown): answer is Extract<Reply, { ok: true }> {
  return typeof answer === 'object' && answer !== null && 'ok' in answer && answer.ok === true;
}

function isRefused(answer: unknown): answer is Extract<Reply, { ok: false }> {
  if (typeof answer !== 'object' || answer === null || !('ok' in answer) || answer.ok !== false) return false;
  const error = 'error' in answer ? answer.error : undefined;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    errorCodes.includes(error.code as ErrorCode) &&
    'text' in error
  );
}
