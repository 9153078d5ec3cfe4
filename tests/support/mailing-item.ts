import type { MailingItemRecord } from '@/lib/db/records/mailing-item';

/** Bill `billId` of mailing `m`'s envelope `e`, waiting its turn, unless `fields` say otherwise. */
export function mailingItem(billId: number, fields: Partial<MailingItemRecord> = {}): MailingItemRecord {
  return {
    id: `m:${billId}`,
    mailingId: 'm',
    envelopeId: 'e',
    billId,
    position: billId,
    state: 'waiting',
    portal: true,
    email: false,
    subject: 'Bills',
    message: 'Hello',
    owedWhenChosen: true,
    sendId: null,
    tabId: null,
    attempts: 0,
    problem: null,
    reason: null,
    updatedAt: 0,
    ...fields,
  };
}
