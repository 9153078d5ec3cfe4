import type { ErrorCode } from './protocol';

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
