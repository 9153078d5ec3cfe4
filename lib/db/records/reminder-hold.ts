/**
 * Whom not to remind: a client the firm said never to (`quiet`), a bill not before a day (`snooze`),
 * or a client whose own Clio reminders are on (`clio`, as Clio last said). Kept through a disconnect,
 * under the Clio account it was said for.
 */
export class ReminderHoldRecord {
  /** `${account}:${kind}:${targetId}`. */
  declare key: string;
  declare account: string;
  declare kind: 'quiet' | 'snooze' | 'clio';
  /** The bill's id for `snooze`, else the client's. */
  declare targetId: number;
  /** For `snooze`: the first day the bill may be reminded again. */
  declare until: string | null;
}
