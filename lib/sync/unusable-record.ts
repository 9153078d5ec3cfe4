/** A record that passed the schema but that Remit still cannot use: set aside with the field and reason. */
export class UnusableRecordError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'UnusableRecordError';
  }
}
