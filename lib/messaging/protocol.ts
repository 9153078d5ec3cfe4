import { z } from 'zod';
import { REGION_IDS } from '../clio/regions';
import { billStates, clioPaymentsPaymentStates } from '../clio/schemas';
import { linkRequestStates, sendProblemCodes, sendStates, syncedResources } from '../db/records';
import { MAX_LINK_DAYS } from '../payment-links/link-duration';
import { settingsSchema } from '../settings/settings-schema';
import { receivablesView } from '../summary/receivables-view';

/** What a panel may know about a bill: figures and status, never anything that authorises a call. */
export const billView = z.object({
  id: z.number().int(),
  number: z.string(),
  state: z.enum(billStates),
  kind: z.string(),
  clientId: z.number().nullable(),
  clientName: z.string().nullable(),
  matterLabel: z.string().nullable(),
  currencyCode: z.string(),
  total: z.number().int(),
  paid: z.number().int(),
  balance: z.number().int(),
  pending: z.number().int(),
  issuedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  shared: z.boolean(),
  lastSentAt: z.string().nullable(),
  fetchedAt: z.number(),
});
export type BillView = z.infer<typeof billView>;

export const paymentLinkStates = ['active', 'used', 'expired'] as const;

/** Everything the bill page panel shows, and how fresh it is. */
export const billPanel = z.object({
  bill: billView,
  allocations: z.array(
    z.object({
      id: z.number(),
      date: z.string(),
      amount: z.number().int(),
      paymentType: z.string().nullable(),
      source: z.enum(['payment', 'credit', 'other']),
    }),
  ),
  /** Payments applied to this bill that Clio sent in a form Remit could not read, and why. */
  setAside: z.array(z.object({ recordId: z.number().nullable(), reason: z.string() })),
  /** This bill's own Clio Payments links, newest first. */
  links: z.array(
    z.object({
      id: z.number(),
      /** Null when Clio sent no payment page, or one that is not on Clio's own https host. */
      url: z.string().nullable(),
      state: z.enum(paymentLinkStates),
      amount: z.number().int().nullable(),
      expiresAt: z.string().nullable(),
    }),
  ),
  /** Payments made through Clio Payments towards this bill, by its own link or its client's. */
  onlinePayments: z.array(
    z.object({
      id: z.number(),
      amount: z.number().int(),
      state: z.enum(clioPaymentsPaymentStates),
      createdAt: z.string().nullable(),
    }),
  ),
  /** The last link asked for this bill, while it is being made or when it could not be made. */
  linkRequest: z
    .object({ state: z.enum(linkRequestStates).exclude(['created']), detail: z.string().nullable() })
    .nullable(),
  /** When Clio last confirmed these figures; null when they come from the cache only. */
  checkedAt: z.number().nullable(),
  /** Why the figures could not be checked with Clio just now (offline, signed out…), if so. */
  problem: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type BillPanel = z.infer<typeof billPanel>;

export const connectionStatus = z.discriminatedUnion('state', [
  /** `revocationPending`: Clio could not be reached at the disconnect; Remit revokes its access once it can. */
  z.object({ state: z.literal('disconnected'), revocationPending: z.boolean() }),
  z.object({
    state: z.enum(['connected', 'reconnect']),
    region: z.enum(REGION_IDS),
    user: z.object({ name: z.string(), email: z.string() }),
    firmName: z.string().nullable(),
  }),
]);
export type ConnectionStatus = z.infer<typeof connectionStatus>;

export const syncStatus = z.object({
  running: z.boolean(),
  /** When every resource had last finished a run (the oldest of them), or null before the first. */
  lastCompletedAt: z.number().nullable(),
  error: z.string().nullable(),
  resources: z.array(
    z.object({
      resource: z.enum(syncedResources),
      label: z.string(),
      running: z.boolean(),
      runKind: z.enum(['full', 'incremental']).nullable(),
      pages: z.number().int(),
      records: z.number().int(),
      completedAt: z.number().nullable(),
    }),
  ),
  setAside: z.array(
    z.object({
      resource: z.enum(syncedResources),
      recordId: z.number().nullable(),
      reason: z.string(),
      at: z.number(),
    }),
  ),
});
export type SyncStatus = z.infer<typeof syncStatus>;

const plannedLink = z.object({
  purpose: z.enum(['invoices', 'trust']),
  currencyCode: z.string(),
  account: z.object({ id: z.number(), name: z.string() }),
  subject: z.object({ type: z.enum(['Bill', 'Contact']), id: z.number() }),
  amount: z.number().int(),
  billIds: z.array(z.number()),
  settles: z.array(
    z.object({
      billId: z.number(),
      number: z.string(),
      dueAt: z.string().nullable(),
      balance: z.number().int(),
      applied: z.number().int(),
    }),
  ),
  notOldest: z.boolean(),
});

/** The links a selection of one client's bills needs, and what paying each settles. */
export const linkPlan = z.object({
  clientId: z.number(),
  clientName: z.string().nullable(),
  links: z.array(plannedLink),
});
export type LinkPlanView = z.infer<typeof linkPlan>;

export const createdLinks = z.object({
  links: z.array(
    plannedLink.extend({ id: z.number(), url: z.string().nullable(), expiresAt: z.string().nullable() }),
  ),
});
export type CreatedLinksView = z.infer<typeof createdLinks>;

/** A client's bills that a link can pay, oldest due first, for choosing which to put on one. */
export const payableBills = z.object({
  client: z.object({ id: z.number(), name: z.string().nullable() }),
  bills: z.array(
    z.object({
      id: z.number(),
      number: z.string(),
      trust: z.boolean(),
      currencyCode: z.string(),
      balance: z.number().int(),
      dueAt: z.string().nullable(),
    }),
  ),
});
export type PayableBills = z.infer<typeof payableBills>;

const billSelection = z.object({ billIds: z.array(z.number().int().positive()).min(1).max(200) });

export const sendProblem = z.object({
  code: z.enum(sendProblemCodes),
  clioMessage: z.string().optional(),
  element: z.string().optional(),
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

const billRequest = z.object({ billId: z.number().int().positive() });
const none = z.object({});

/**
 * Who may send a message. `extension`: Remit's own pages (popup, options, the client link page).
 * `clio`: Remit's content script on a Clio page, which may ask about and act on the bill on that page
 * only (the background checks the scope, see background's clio-scope.ts); never connect, disconnect,
 * change settings or read the firm's figures.
 */
export type Senders = 'extension' | 'clio' | 'both';

const message = <S extends Senders, Req extends z.ZodType, Res extends z.ZodType>(
  senders: S,
  request: Req,
  response: Res,
) => ({ senders, request, response });

/**
 * Every message between the UI (content scripts, popup, options) and the background: who may send
 * it, the request it carries and the answer it gets. Both sides validate against these schemas.
 */
export const protocol = {
  /** The panel as cached, at once; null when this bill is not cached. */
  getCachedBillPanel: message('both', billRequest, billPanel.nullable()),
  /** The panel checked with Clio (If-None-Match), falling back to the cache with the problem named. */
  refreshBillPanel: message('both', billRequest, billPanel),
  /** Queues a send through Clio's own Send dialog in the sender's tab; a second ask joins the first. */
  queueSend: message(
    'clio',
    billRequest.extend({
      portal: z.boolean(),
      email: z.boolean(),
      message: z.string().max(5000),
      /** Send although Clio does not yet show the last send of this bill. */
      sendAgain: z.boolean().optional(),
    }),
    /** `joined`: a send of this bill was under way already, and this request follows it. */
    sendView.extend({ joined: z.boolean() }),
  ),
  /** The latest send of this bill, if any. */
  getSend: message('both', billRequest, sendView.nullable()),
  /** What links a selection needs, from the cache: shown while the user chooses. */
  planPaymentLinks: message('both', billSelection, linkPlan),
  /** Makes those links, checked with Clio first: all of them or none. */
  createPaymentLinks: message(
    'both',
    billSelection.extend({
      amount: z.number().int().positive().optional(),
      durationDays: z
        .number()
        .int()
        .min(1, 'A link lasts at least one day.')
        .max(MAX_LINK_DAYS, `Clio keeps a payment link open for at most ${MAX_LINK_DAYS} days.`),
    }),
    createdLinks,
  ),
  expirePaymentLink: message('both', z.object({ linkId: z.number().int().positive() }), none),
  getPayableBills: message('extension', z.object({ clientId: z.number().int().positive() }), payableBills),
  /** Opens the page for one link covering several of a client's bills. */
  openClientLink: message(
    'both',
    z.object({ clientId: z.number().int().positive(), billIds: z.array(z.number().int()).max(200) }),
    none,
  ),
  /** Which bill, if any, the user right-clicked: the context menu offers sending only for bills. */
  contextTarget: message('clio', z.object({ billId: z.number().int().positive().nullable() }), none),
  getConnection: message('extension', none, connectionStatus),
  connect: message(
    'extension',
    z.object({
      region: z.enum(REGION_IDS),
      clientId: z.string().trim().min(1),
      clientSecret: z.string().trim().min(1),
    }),
    connectionStatus,
  ),
  reconnect: message('extension', none, connectionStatus),
  disconnect: message('extension', none, connectionStatus),
  getSyncStatus: message('extension', none, syncStatus),
  /** The popup's figures, for today, from the summary the sync keeps; null before the first sync. */
  getReceivables: message('extension', none, receivablesView.nullable()),
  syncNow: message('extension', none, syncStatus),
  loadBillFeatures: message('clio', none, none),
  /**
   * From the tab filling Clio's dialog, the moment before it presses Send bill: the background writes
   * the send as pressed first, and says whether to press (no, when the send was given up meanwhile).
   */
  sendPressing: message('clio', z.object({ sendId: z.string() }), z.object({ press: z.boolean() })),
  /** From that tab: what Clio's dialog did, or why the dialog could not be used. */
  sendOutcome: message(
    'clio',
    z.object({
      sendId: z.string(),
      outcome: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('submitted') }),
        z.object({ kind: z.literal('refused'), clioMessage: z.string().max(2000) }),
        z.object({ kind: z.literal('not_pressed'), problem: sendProblem }),
      ]),
    }),
    none,
  ),
  openOptions: message('both', none, none),
  /** The panel reads the messages it fills in for a send; only Remit's own pages change them. */
  getSettings: message('both', none, settingsSchema),
  saveSettings: message('extension', settingsSchema, settingsSchema),
} as const;

/** Messages the background sends to the content script of a Clio tab. */
export const tabProtocol = {
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
      message: z.string(),
    }),
    response: z.object({ started: z.boolean() }),
  },
} as const;

export type TabMessageName = keyof typeof tabProtocol;
export type TabRequestOf<N extends TabMessageName> = z.input<(typeof tabProtocol)[N]['request']>;
export type TabResponseOf<N extends TabMessageName> = z.output<(typeof tabProtocol)[N]['response']>;

export type MessageName = keyof typeof protocol;
export type RequestOf<N extends MessageName> = z.input<(typeof protocol)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.output<(typeof protocol)[N]['response']>;

export const errorCodes = [
  'not_connected',
  'reconnect',
  'not_found',
  'forbidden',
  'network',
  'clio',
  'invalid',
  'not_allowed',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const envelope = z.object({ name: z.string(), request: z.unknown() });

export const reply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.enum(errorCodes), message: z.string() }) }),
]);
export type Reply = z.infer<typeof reply>;
