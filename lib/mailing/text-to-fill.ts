import { db } from '../db/database';
import type { MailingItemRecord } from '../db/records/mailing-item';

/** The envelope's bills still waiting their turn whose subject and message are still its templates. */
export function textToFill(mailingId: string, envelopeId: string): Promise<MailingItemRecord[]> {
  return db.mailingItems
    .where('[mailingId+state]')
    .equals([mailingId, 'waiting'])
    .filter((one) => one.envelopeId === envelopeId && one.textIsTemplate === true)
    .toArray();
}
