import type { Text } from '../i18n/text';

/** A record that passed the schema but that Remit still cannot use: set aside with the reason. */
export class UnusableRecordError extends Error {
  constructor(readonly reason: Text) {
    super(reason.key);
    this.name = 'UnusableRecordError';
  }
}
