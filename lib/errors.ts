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

/** An error that crosses the message boundary with a code the UI can act on and a message a user can read. */
export class RemitError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RemitError';
  }
}
