/** A failure of a state operation, with the HTTP status the callers should answer with. */
export class SandboxError extends Error {
  readonly status: 400 | 404 | 410 | 412 | 422;

  constructor(status: 400 | 404 | 410 | 412 | 422, message: string) {
    super(message);
    this.status = status;
  }
}
