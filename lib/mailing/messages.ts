import { z } from 'zod';
import { billStates } from '../clio/schemas';
import { selectionQuery } from '../collections/query-bills';
import { mailingStates } from '../db/records/mailing';
import { mailingItemStates } from '../db/records/mailing-item';
import { languages } from '../i18n/languages';
import { messageKeys, textSchema } from '../i18n/text-schema';
import { defineMessage, none } from '../messaging/define';
import { sendProblem, sendView } from '../outbox/messages';
import { plannedLink } from '../payment-links/messages';

const warning = z.enum(messageKeys);
const mailingId = z.string().min(1).max(100);
const envelopeId = z.string().min(1).max(100);

/** One bill in an envelope, as the review lists it and fills the envelope's text from it. */
export const reviewBill = z.object({
  id: z.number().int(),
  number: z.string(),
  state: z.enum(billStates),
  trust: z.boolean(),
  currencyCode: z.string(),
  total: z.number().int(),
  /** Clio's balance; only an owed bill's counts as outstanding. */
  balance: z.number().int(),
  dueAt: z.string().nullable(),
  warning: warning.nullable(),
  /** The cadence's step it goes as a reminder at; null when it is sent, not reminded. */
  reminder: z.object({ stepId: z.string(), stepDays: z.number().int() }).nullable(),
  /** Where its send stands once Send all began: the mailing's step, and the outbox's send. */
  sending: z
    .object({
      state: z.enum(mailingItemStates),
      reason: warning.nullable(),
      problem: sendProblem.nullable(),
      send: sendView.nullable(),
    })
    .nullable(),
});
export type ReviewBill = z.infer<typeof reviewBill>;

export const envelopeView = z.object({
  id: envelopeId,
  clientId: z.number().int().nullable(),
  clientName: z.string().nullable(),
  emailAddress: z.string().nullable(),
  portal: z.boolean(),
  email: z.boolean(),
  subject: z.string(),
  message: z.string(),
  /** A Clio Payments link goes with the envelope, made when its first bill is sent. */
  paymentLink: z.boolean(),
  /** While a link is asked for: what each link would pay, from the cache, or why none can be made. */
  linkPlan: z
    .union([z.object({ links: z.array(plannedLink) }), z.object({ problem: textSchema })])
    .nullable(),
  bills: z.array(reviewBill),
  /** Bills chosen that the cache no longer holds: left out when the envelope goes. */
  goneBills: z.number().int(),
  warnings: z.array(warning),
});
export type EnvelopeView = z.infer<typeof envelopeView>;

/** How many bills of a run are at each step; `confirmed` counts sent bills Clio's API shows sent. */
export const mailingProgress = z.object({
  waiting: z.number().int(),
  sending: z.number().int(),
  sent: z.number().int(),
  confirmed: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
  cancelled: z.number().int(),
});
export type MailingProgress = z.infer<typeof mailingProgress>;

/** Why Remit paused a run by itself; null when the user did, or it is not paused. */
const pausedBecause = textSchema.nullable();

export const mailingView = z.object({
  mailingId,
  state: z.enum(mailingStates),
  /** The language the envelopes' clients read (the firm's setting): what their text is filled in. */
  clientLanguage: z.enum(languages),
  pausedBecause,
  createdAt: z.number(),
  /** Changes with every edit of the review: Send all sends what was read at this moment. */
  updatedAt: z.number(),
  envelopes: z.array(envelopeView),
  /** Null while the mailing is under review. */
  progress: mailingProgress.nullable(),
});
export type MailingView = z.infer<typeof mailingView>;

/** What the user changed in one envelope; what is left out stays as it was. */
export const envelopeChange = z.object({
  envelopeId,
  portal: z.boolean().optional(),
  email: z.boolean().optional(),
  paymentLink: z.boolean().optional(),
  subject: z.string().max(500).optional(),
  message: z.string().max(5000).optional(),
});
export type EnvelopeChange = z.infer<typeof envelopeChange>;

export const mailingMessages = {
  /** Turns the workspace's selection into a review: one envelope per client, replacing any review not yet sent. */
  startReview: defineMessage('extension', selectionQuery, z.object({ mailingId })),
  /** The latest mailing: under review, being sent, or its report; null when there is none. */
  currentMailing: defineMessage('extension', none, z.object({ mailing: mailingView.nullable() })),
  /**
   * Only the latest mailing's state and progress: what the bills' view needs to offer going back to
   * it, and the popup to show a run under way.
   */
  mailingState: defineMessage(
    'extension',
    none,
    z.object({
      mailing: z
        .object({ state: z.enum(mailingStates), pausedBecause, progress: mailingProgress.nullable() })
        .nullable(),
    }),
  ),
  changeEnvelope: defineMessage('extension', envelopeChange, none),
  /** Takes one bill out of an envelope, or the whole envelope when no bill is named. */
  leaveOut: defineMessage(
    'extension',
    z.object({ envelopeId, billId: z.number().int().positive().optional() }),
    none,
  ),
  discardReview: defineMessage('extension', z.object({ mailingId }), none),
  /** Send all: the review's bills go, one after another, through Clio's own Send dialog. */
  sendAll: defineMessage('extension', z.object({ mailingId }), none),
  pauseMailing: defineMessage('extension', z.object({ mailingId }), none),
  resumeMailing: defineMessage('extension', z.object({ mailingId }), none),
  cancelMailing: defineMessage('extension', z.object({ mailingId }), none),
  sendFailedAgain: defineMessage('extension', z.object({ mailingId }), none),
};
