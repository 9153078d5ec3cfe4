import type { MessageKey, MessageValues, Text } from './i18n/text';

/** What went wrong, in a form the UI can act on: reconnect, retry, or just say it. */
export const errorCodes = [
  'not_connected',
  'reconnect',
  'not_found',
  'forbidden',
  'network',
  'clio',
  'invalid',
  'not_allowed',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/**
 * An error that crosses the message boundary with a code the UI can act on and the catalogue's
 * message for it: words are put into the user's language where they are shown, never before.
 */
export class RemitError extends Error {
  readonly text: Text;

  constructor(
    readonly code: ErrorCode,
    key: MessageKey,
    values?: MessageValues,
  ) {
    super(key);
    this.name = 'RemitError';
    this.text = values ? { key, values } : { key };
  }

  static of(code: ErrorCode, text: Text): RemitError {
    return new RemitError(code, text.key, text.values);
  }
}
