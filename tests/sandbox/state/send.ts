import { SandboxError } from '../support/errors.ts';
import { isoTimestamp } from '../support/time.ts';
import { isSendable } from './bill-rules.ts';
import type { SandboxData } from './data.ts';
import { touch } from './touch.ts';
import type { Bill, SendRecord } from './types.ts';

export interface SendOptions {
  portal: boolean;
  email: boolean;
  /** The email's subject; only an email has one. */
  subject: string;
  message: string;
}

/** What Clio's Send dialog records: portal share, last sent time, and a line in the send log. */
export function recordSend(
  data: SandboxData,
  sends: SendRecord[],
  billId: number,
  options: SendOptions,
  nowMs: number,
): Bill {
  const bill = data.bills.get(billId);
  if (!bill || bill.state === 'deleted') throw new SandboxError(404, `Bill ${billId} not found`);
  if (!isSendable(bill)) throw new SandboxError(422, `A ${bill.state} bill cannot be sent`);
  if (!options.portal && !options.email) throw new SandboxError(422, 'Choose the portal, email or both');
  if (options.portal) bill.shared = true;
  bill.last_sent_at = isoTimestamp(nowMs);
  touch(data, 'Bill', bill, nowMs);
  sends.push({
    billId,
    portal: options.portal,
    email: options.email,
    subject: options.email ? options.subject : null,
    message: options.message,
    at: bill.last_sent_at,
  });
  return bill;
}
