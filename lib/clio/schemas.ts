import { z } from 'zod';

/**
 * What Remit reads of each Clio model. The same schemas build the `fields=` parameter (see fields.ts),
 * so Remit asks Clio for exactly what it validates.
 *
 * Clio's description marks no field required and none nullable, and Clio sends nulls where it has
 * nothing. So every field is read as Clio may send it: absent or null becomes Remit's own "nothing",
 * codes are read in any case, a date or time Remit cannot read is none, and a record is refused only
 * for what Remit cannot do without: an id, a state, money and its currency where the money counts (a
 * voided or deleted bill, a voided payment, a card payment that moved none count for nothing), for a
 * bill whether it is a trust request (trust money is never counted with receivables), and for a
 * payment whether it was voided (voided money is never counted as received). Money stays a JSON
 * number here: it becomes minor units when the record is stored, in its currency's own digits (see
 * lib/money.ts).
 */

const id = z
  .number()
  .int()
  .refine(Number.isSafeInteger, { error: 'an id beyond what Remit can hold exactly' });
/** Money as Clio writes it, in major units of the record's currency. */
const amount = z.number();
const optionalAmount = amount.nullish().transform((value) => value ?? null);
const text = z
  .string()
  .nullish()
  .transform((value) => value ?? null);
const flag = z
  .boolean()
  .nullish()
  .transform((value) => value ?? false);
const isoDate = z.iso.date();
const isoTimestamp = z.iso.datetime({ offset: true, local: true });
/** A calendar date; anything else (empty, a time, a typo) is no date. Only text is checked: cheaply. */
const date = z
  .unknown()
  .optional()
  .transform((value) => (typeof value === 'string' && isoDate.safeParse(value).success ? value : null));
/** ISO 8601's ways of writing a moment: a space for the T, `±hhmm` or `±hh` offsets, a bare day. */
const looseMoment =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) ?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * A moment as Remit keeps it, `2026-11-21T10:00:00-05:00` (or `Z`, or no offset: the user's time), from
 * any of ISO 8601's ways of writing it; a bare day is the start of that day where the user is.
 * Undefined when it is not a moment.
 */
function readMoment(value: string): string | undefined {
  const parts = looseMoment.exec(value.trim());
  if (!parts) return undefined;
  const [, day, time = '00:00:00', zone = ''] = parts;
  const offset = /^[+-]\d{2}$/.test(zone)
    ? `${zone}:00`
    : /^[+-]\d{4}$/.test(zone)
      ? `${zone.slice(0, 3)}:${zone.slice(3)}`
      : zone.toUpperCase();
  const moment = `${day}T${time}${offset}`;
  return isoTimestamp.safeParse(moment).success ? moment : undefined;
}

/** A moment however ISO 8601 writes it; anything else is none. */
const timestamp = z
  .unknown()
  .optional()
  .transform((value) => (typeof value === 'string' ? (readMoment(value) ?? null) : null));

/**
 * When a payment was voided. Unlike other moments, one Remit cannot read is not taken as none: that
 * would count voided money as received, so the record is refused and set aside with its reason.
 */
const voidMoment = z
  .union([z.string(), z.null()])
  .optional()
  .transform((value, context) => {
    if (value === undefined || value === null || value.trim() === '') return null;
    const moment = readMoment(value);
    if (moment === undefined) {
      context.addIssue({ code: 'custom', message: 'a void moment Remit cannot read' });
      return z.NEVER;
    }
    return moment;
  });
const ref = z
  .object({ id })
  .nullish()
  .transform((value) => value ?? null);
const refs = z
  .array(z.object({ id }))
  .nullish()
  .transform((value) => value ?? []);
export const currencyCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, { error: 'not a currency code' })
  .transform((code) => code.toUpperCase());
/** One of Clio's codes, however Clio cased it. */
const code = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(z.enum(values));

export const billStates = [
  'draft',
  'awaiting_approval',
  'awaiting_payment',
  'paid',
  'void',
  'deleted',
] as const;
export type BillState = (typeof billStates)[number];

/**
 * A bill Clio voided or deleted owes nothing, whatever its figures say, so it is read without them, and
 * without its currency and kind, which only matter to money owed. Refused instead, it would leave its
 * copy from before in the cache, still counted as owed.
 */
const owesNothing: readonly BillState[] = ['void', 'deleted'];

export const clioBill = z
  .object({
    id,
    etag: text,
    number: text,
    state: code(billStates),
    /** Trust requests are `trust_kind`; every other kind is revenue. */
    kind: z
      .string()
      .nullish()
      .transform((kind) => kind?.toLowerCase() ?? null),
    type: text,
    issued_at: date,
    due_at: date,
    paid_at: timestamp,
    updated_at: timestamp,
    total: optionalAmount,
    due: optionalAmount,
    paid: optionalAmount,
    balance: optionalAmount,
    pending: optionalAmount,
    credits_issued: optionalAmount,
    shared: flag,
    last_sent_at: timestamp,
    currency: z
      .object({ id: id.nullish(), code: currencyCode, sign: text })
      .nullish()
      .transform((value) => value ?? null),
    client: z
      .object({ id, name: text })
      .nullish()
      .transform((value) => value ?? null),
    matters: z
      .array(z.object({ id, display_number: text, description: text }))
      .nullish()
      .transform((value) => value ?? []),
  })
  .superRefine((bill, context) => {
    if (owesNothing.includes(bill.state)) return;
    // Clio's null is "nothing": no `paid` is nothing paid yet, unless Clio says the bill is paid.
    const needed =
      bill.state === 'paid' ? (['total', 'paid', 'balance'] as const) : (['total', 'balance'] as const);
    for (const field of needed) {
      if (bill[field] === null)
        context.addIssue({ code: 'invalid_type', expected: 'number', input: null, path: [field] });
    }
    if (bill.currency === null)
      context.addIssue({ code: 'invalid_type', expected: 'object', input: null, path: ['currency'] });
    if (bill.kind === null)
      context.addIssue({ code: 'invalid_type', expected: 'string', input: null, path: ['kind'] });
  });
export type ClioBill = z.output<typeof clioBill>;

export const clioContact = z.object({
  id,
  etag: text,
  name: text,
  type: text,
  primary_email_address: text,
  is_client: flag,
  updated_at: timestamp,
});
export type ClioContact = z.output<typeof clioContact>;

/** A client's unpaid bills rolled up: Remit reads only whether Clio's own reminders are on for them. */
export const clioOutstandingBalance = z.object({
  id,
  reminders_enabled: flag,
  contact: ref,
});

export const clioMatter = z.object({
  id,
  etag: text,
  display_number: text,
  description: text,
  status: text,
  client: ref,
  updated_at: timestamp,
});
export type ClioMatter = z.output<typeof clioMatter>;

export const clioUser = z.object({
  id,
  name: text,
  email: text,
  account: z
    .object({ id: id.nullish(), name: text })
    .nullish()
    .transform((value) => value ?? null),
});
export type ClioUser = z.output<typeof clioUser>;

export const bankAccountTypes = ['Operating', 'Trust'] as const;

export const clioBankAccount = z.object({
  id,
  etag: text,
  name: text,
  /** Which money it holds decides which links may pay into it, so an account without one is unusable. */
  type: z
    .string()
    // Clio's index filter names them `OperatingAccount` and `TrustAccount`; its records `Operating`, `Trust`.
    .transform((type) => {
      const bare = type
        .trim()
        .replace(/[\s_]*account$/i, '')
        .toLowerCase();
      return bankAccountTypes.find((known) => known.toLowerCase() === bare);
    })
    .pipe(z.enum(bankAccountTypes)),
  currency: currencyCode,
  clio_payments_enabled: flag,
  default_account: flag,
  updated_at: timestamp,
});
export type ClioBankAccount = z.output<typeof clioBankAccount>;

export const clioAllocation = z
  .object({
    id,
    etag: text,
    /** The day the money counts for: without it a payment cannot be placed in a period. */
    date: z.iso
      .date()
      .nullish()
      .transform((value) => value ?? null),
    amount: optionalAmount,
    payment_type: text,
    voided_at: voidMoment,
    description: text,
    bill: ref,
    contact: ref,
    /** A Payment or a CreditMemo: only payments are money received. */
    parent: z
      .object({ id: id.nullish(), type: text })
      .nullish()
      .transform((value) => value ?? null),
    updated_at: timestamp,
  })
  // A voided payment is no money received, so it is read without its day and amount: refused, it
  // would leave its copy from before the void in the cache, still counted as received.
  .superRefine((allocation, context) => {
    if (allocation.voided_at !== null) return;
    if (allocation.date === null)
      context.addIssue({ code: 'invalid_type', expected: 'string', input: null, path: ['date'] });
    if (allocation.amount === null)
      context.addIssue({ code: 'invalid_type', expected: 'number', input: null, path: ['amount'] });
  });
export type ClioAllocation = z.output<typeof clioAllocation>;

export const clioPaymentsLink = z.object({
  id,
  etag: text,
  active: flag,
  amount: optionalAmount,
  currency: currencyCode.nullish().transform((value) => value ?? null),
  description: text,
  url: text,
  expires_at: timestamp,
  created_at: timestamp,
  bill: ref,
  contact: ref,
  destination_account: ref,
});
export type ClioPaymentsLink = z.output<typeof clioPaymentsLink>;

export const clioPaymentsPaymentStates = [
  'pending',
  'authorized',
  'completed',
  'voided',
  'failed',
  'canceled',
  'requires_confirmation',
  'completed_requiring_allocation',
] as const;
export type ClioPaymentsPaymentState = (typeof clioPaymentsPaymentStates)[number];

/** A card payment in these states moved no money, so it is read without its amount and currency. */
const movedNoMoney: readonly ClioPaymentsPaymentState[] = ['failed', 'canceled', 'voided'];

export const clioPaymentsPayment = z
  .object({
    id,
    amount: optionalAmount,
    currency: currencyCode.nullish().transform((value) => value ?? null),
    state: code(clioPaymentsPaymentStates),
    confirmation_number: text,
    created_at: timestamp,
    updated_at: timestamp,
    bills: refs,
    contact: ref,
    clio_payments_link: ref,
  })
  .superRefine((payment, context) => {
    if (movedNoMoney.includes(payment.state)) return;
    if (payment.amount === null)
      context.addIssue({ code: 'invalid_type', expected: 'number', input: null, path: ['amount'] });
    if (payment.currency === null)
      context.addIssue({ code: 'invalid_type', expected: 'string', input: null, path: ['currency'] });
  });
export type ClioPaymentsPayment = z.output<typeof clioPaymentsPayment>;

/** Clio's access tokens last 30 days; an answer without a usable `expires_in` is taken to mean that. */
const DEFAULT_TOKEN_SECONDS = 30 * 86_400;

/**
 * The token endpoint's answer. A refresh answer may leave out `refresh_token`: Clio Manage's refresh
 * tokens do not expire and are reused, so the one Remit holds stays valid.
 */
export const oauthTokens = z.object({
  access_token: z.string().min(1),
  refresh_token: z
    .string()
    .nullish()
    .transform((value) => value || null),
  // A lifetime Remit cannot use (none, zero, text) is no reason to refuse the tokens: a 401 refreshes.
  expires_in: z
    .unknown()
    .optional()
    .transform((value) => {
      const seconds = typeof value === 'string' ? Number(value) : value;
      return typeof seconds === 'number' && seconds > 0 && Number.isFinite(seconds)
        ? seconds
        : DEFAULT_TOKEN_SECONDS;
    }),
  token_type: text,
});
export type OAuthTokens = z.output<typeof oauthTokens>;

/** One page of an index: Clio's cursor paging gives the next page's full URL, or nothing on the last. */
export const clioPage = z.object({
  data: z.array(z.unknown()),
  meta: z
    .object({
      paging: z
        // An empty `next` says there is none, as null or leaving it out does.
        .object({ next: z.union([z.literal('').transform(() => null), z.url().nullish()]) })
        .nullish()
        .transform((value) => value ?? null),
    })
    .nullish()
    .transform((value) => value ?? null),
});
