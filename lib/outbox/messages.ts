import { z } from 'zod';
import { sendProblemCodes, sendStates } from '../db/records/outbox-entry';
import { textSchema } from '../i18n/text-schema';
import { billRequest, defineMessage, none } from '../messaging/define';

export const sendProblem = z.object({
  code: z.enum(sendProblemCodes),
  clioMessage: z.string().optional(),
  element: z.string().optional(),
  reason: textSchema.optional(),
});

/** Where a send stands, as the panel shows it. */
export const sendView = z.object({
  id: z.string(),
  billId: z.number(),
  state: z.enum(sendStates),
  portal: z.boolean(),
  email: z.boolean(),
  problem: sendProblem.nullable(),
  /** Whether Remit is still asking Clio, by itself, whether the send went through. */
  checking: z.boolean(),
  pressedAt: z.number().nullable(),
  /** When Clio closed its dialog after Send bill. */
  submittedAt: z.number().nullable(),
  updatedAt: z.number(),
});
export type SendView = z.infer<typeof sendView>;

export const sendRequest = billRequest.extend({
  portal: z.boolean(),
  email: z.boolean(),
  message: z.string().max(5000),
  /** Send although Clio does not yet show the last send of this bill. */
  sendAgain: z.boolean().optional(),
});
export type SendRequest = z.input<typeof sendRequest>;

export const sendMessages = {
  /** Queues a send through Clio's own Send dialog in the sender's tab; a second ask joins the first. */
  queueSend: defineMessage(
    'clio',
    sendRequest,
    /** `joined`: a send of this bill was under way already, and this request follows it. */
    sendView.extend({ joined: z.boolean() }),
  ),
  /** The latest send of this bill, if any. */
  getSend: defineMessage('both', billRequest, sendView.nullable()),
  /**
   * From the tab filling Clio's dialog, the moment before it presses Send bill: the background writes
   * the send as pressed first, and says whether to press (no, when the send was given up meanwhile).
   * `byUser`: the user pressed Send bill already; that is written even for a send given up.
   */
  sendPressing: defineMessage(
    'clio',
    z.object({ sendId: z.string(), byUser: z.boolean().optional() }),
    z.object({ press: z.boolean() }),
  ),
  /**
   * From that tab: what Clio's dialog did after Send bill (closed, refused, or nothing the tab could
   * read), or why Send bill was not pressed.
   */
  sendOutcome: defineMessage(
    'clio',
    z.object({
      sendId: z.string(),
      outcome: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('submitted') }),
        z.object({ kind: z.literal('refused'), clioMessage: z.string().max(2000) }),
        z.object({ kind: z.literal('no_answer') }),
        z.object({ kind: z.literal('not_pressed'), problem: sendProblem }),
      ]),
    }),
    none,
  ),
};
export type SendOutcome = z.output<(typeof sendMessages)['sendOutcome']['request']>['outcome'];

/** Messages the background sends to the content script of a Clio tab. */
export const sendTabMessages = {
  /**
   * Starts filling Clio's Send dialog on the bill page. The tab answers at once whether it started;
   * it reports pressing and the outcome with `sendPressing` and `sendOutcome`, which reach a worker
   * that was stopped and started again meanwhile.
   */
  driveSendDialog: {
    request: z.object({
      sendId: z.string(),
      billId: z.number().int().positive(),
      portal: z.boolean(),
      email: z.boolean(),
      /** The email's subject, where Remit sets one (a mailing does; a send from the panel keeps Clio's). */
      subject: z.string().optional(),
      message: z.string(),
    }),
    response: z.object({ started: z.boolean() }),
  },
};
export type SendTabMessages = typeof sendTabMessages;
export type DriveSendDialog = z.input<SendTabMessages['driveSendDialog']['request']>;
