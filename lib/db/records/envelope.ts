/**
 * What one client receives in a mailing: their bills, sent through the channels chosen, with one
 * subject and one message. Subject and message are templates: their placeholders are filled when the
 * envelope is shown or sent, so leaving a bill out changes the bill numbers and the amount in them.
 */
export class EnvelopeRecord {
  declare id: string;
  declare mailingId: string;
  /** The order the review lists envelopes in: by client name. */
  declare position: number;
  declare clientId: number | null;
  declare clientName: string | null;
  /** Oldest due first, as a client reads them. */
  declare billIds: number[];
  declare portal: boolean;
  declare email: boolean;
  declare subject: string;
  declare message: string;
}
