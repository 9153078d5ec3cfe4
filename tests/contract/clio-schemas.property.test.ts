import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldsOf } from '@/lib/clio/fields';
import { billStates, clioPaymentsPaymentStates } from '@/lib/clio/schemas';
import { say } from '@/lib/i18n/text';
import { readRecord } from '@/lib/sync/commit-page';
import { resourceSyncs } from '@/lib/sync/resources';
import { loadSpec, recordArbitrary } from '../support/openapi-arbitrary';

/**
 * Payloads Clio's own description allows, generated for every model Remit reads with exactly the
 * fields Remit asks for: nulls, absent fields, every enum value, extreme strings, numbers and dates,
 * unrequested extras. Remit must read each one it can use, set aside only what it truly cannot (no
 * id, state, money or currency), never throw, and convert money exactly.
 *
 * The runs use a fixed seed; `PROPERTY_RUNS` raises their number (`npm run test:property`).
 */

const specPath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/clio/openapi.json',
);
const specPresent = existsSync(specPath);
if (!specPresent && process.env.CI) throw new Error(`Clio's OpenAPI description is missing: ${specPath}`);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const SEED = 20_261_201;

type Json = Record<string, unknown>;

/** Each currency's decimals, as ISO 4217 gives them, for the currencies the generator writes. */
const DIGITS: Record<string, number> = {
  USD: 2,
  CAD: 2,
  EUR: 2,
  GBP: 2,
  AUD: 2,
  CHF: 2,
  JPY: 0,
  KWD: 3,
  BHD: 3,
};
const MAX_DIGITS = 4;

/**
 * The exact minor units of a JSON number, worked out here on its own: the shortest decimal that names
 * the number, scaled by the currency's digits, rounded half away from zero. Null when it cannot be held.
 */
function expectedMinor(amount: number, digits: number): number | null {
  if (!Number.isFinite(amount)) return null;
  const [mantissa = '', exponentText = '0'] = String(amount).toLowerCase().split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '', fraction = ''] = mantissa.replace('-', '').split('.');
  let digitsText = whole + fraction;
  let point = whole.length + Number(exponentText) + digits;
  if (point < 0) {
    digitsText = '0'.repeat(-point) + digitsText;
    point = 0;
  }
  const kept = BigInt((digitsText.slice(0, point) || '0').padEnd(point, '0'));
  const rounded = kept + ((digitsText[point] ?? '0') >= '5' ? 1n : 0n);
  if (rounded > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return rounded === 0n ? 0 : Number(negative ? -rounded : rounded);
}

const present = (value: unknown) => value !== null && value !== undefined;
/** Whether Clio says a payment was voided (a void moment it may write in any of ISO 8601's ways). */
const voided = (allocation: Json) =>
  typeof allocation.voided_at === 'string' && allocation.voided_at.trim() !== '';
const safeId = (value: unknown) => Number.isSafeInteger(value);
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
/** A reference Remit can hold: none at all, or one with an id it can keep. */
const refUsable = (value: unknown) => !present(value) || (isObject(value) && safeId(value.id));
const refsUsable = (value: unknown) => !present(value) || (Array.isArray(value) && value.every(refUsable));
const codeOf = (value: unknown) =>
  typeof value === 'string' && /^\s*[a-z]{3}\s*$/i.test(value) ? value.trim().toUpperCase() : null;
const moneyUsable = (amount: unknown, digits: number) =>
  typeof amount === 'number' && expectedMinor(amount, digits) !== null;
const optionalMoneyUsable = (amount: unknown, digits: number) =>
  !present(amount) || moneyUsable(amount, digits);

interface Model {
  schema: string;
  resource: string;
  /** What Remit cannot do without; every other field may be left out or null and the record still kept. */
  essential: string[];
  /** Whether Remit can use this payload, by the rule: an id, a state, money that counts and its currency. */
  usable(payload: Json): boolean;
  /** Each money field's expected minor units in the record Remit keeps. */
  money(payload: Json, record: Json): [actual: unknown, expected: unknown][];
}

const billMoney = ['total', 'due', 'paid', 'balance', 'pending', 'credits_issued'];

/** A bill by the rule, once the digits of its currency (or none) are known. */
function billUsable(bill: Json, digits: number, owesNothing: boolean): boolean {
  // Clio's null for paid is nothing paid yet, but not on a bill Clio says is paid.
  const needed = owesNothing
    ? []
    : bill.state === 'paid'
      ? ['total', 'paid', 'balance']
      : ['total', 'balance'];
  return (
    safeId(bill.id) &&
    billStates.includes(bill.state as never) &&
    (typeof bill.kind === 'string' || (owesNothing && !present(bill.kind))) &&
    ['total', 'paid', 'balance'].every((field) =>
      needed.includes(field) ? moneyUsable(bill[field], digits) : optionalMoneyUsable(bill[field], digits),
    ) &&
    ['due', 'pending', 'credits_issued'].every((field) => optionalMoneyUsable(bill[field], digits)) &&
    refUsable(bill.client) &&
    refsUsable(bill.matters)
  );
}

const models: Model[] = [
  {
    schema: 'Bill',
    resource: 'bills',
    essential: ['id', 'state', 'kind', 'total', 'paid', 'balance', 'currency'],
    usable(bill) {
      // A voided or deleted bill owes nothing: its money, currency and kind may be missing, never wrong.
      const owesNothing = ['void', 'deleted'].includes(bill.state as string);
      if (owesNothing && !present(bill.currency)) return billUsable(bill, 2, owesNothing);
      const currency = isObject(bill.currency) ? codeOf(bill.currency.code) : null;
      const digits = currency ? DIGITS[currency] : undefined;
      if (digits === undefined || (isObject(bill.currency) && !refUsable({ id: bill.currency.id ?? 0 })))
        return false;
      return billUsable(bill, digits, owesNothing);
    },
    money(bill, record) {
      const digits = isObject(bill.currency) ? (DIGITS[codeOf(bill.currency.code) ?? ''] ?? 2) : 2;
      return billMoney.map((field) => {
        const recordField = field === 'credits_issued' ? 'creditsIssued' : field;
        const amount = bill[field];
        const fallback = field === 'due' && present(bill.total) ? bill.total : 0;
        return [
          record[recordField],
          expectedMinor(present(amount) ? (amount as number) : (fallback as number), digits),
        ];
      });
    },
  },
  {
    schema: 'Contact',
    resource: 'contacts',
    essential: ['id'],
    usable: (contact) => safeId(contact.id),
    money: () => [],
  },
  {
    schema: 'Matter',
    resource: 'matters',
    essential: ['id'],
    usable: (matter) => safeId(matter.id) && refUsable(matter.client),
    money: () => [],
  },
  {
    schema: 'BankAccount',
    resource: 'bankAccounts',
    essential: ['id', 'type', 'currency'],
    usable: (account) =>
      safeId(account.id) &&
      typeof account.type === 'string' &&
      ['operating', 'trust'].includes(account.type.toLowerCase().replace(/account$/, '')) &&
      codeOf(account.currency) !== null,
    money: () => [],
  },
  {
    schema: 'Allocation',
    resource: 'allocations',
    essential: ['id', 'date', 'amount'],
    usable: (allocation) =>
      safeId(allocation.id) &&
      // A voided payment is no money received: its day and amount may be missing, never wrong.
      (typeof allocation.date === 'string' || (voided(allocation) && !present(allocation.date))) &&
      (voided(allocation)
        ? optionalMoneyUsable(allocation.amount, MAX_DIGITS)
        : moneyUsable(allocation.amount, MAX_DIGITS)) &&
      refUsable(allocation.bill) &&
      refUsable(allocation.contact) &&
      (!present(allocation.parent) ||
        (isObject(allocation.parent) && (!present(allocation.parent.id) || safeId(allocation.parent.id)))),
    // Kept as Clio's decimal: the bill's currency decides its minor units, so any currency's must hold.
    money: (allocation, record) => [
      [
        expectedMinor(Number(record.amountDecimal), MAX_DIGITS),
        present(allocation.amount) ? expectedMinor(allocation.amount as number, MAX_DIGITS) : 0,
      ],
    ],
  },
  {
    schema: 'ClioPaymentsLink',
    resource: 'paymentLinks',
    essential: ['id', 'amount', 'currency'],
    usable(link) {
      const currency = codeOf(link.currency);
      if (present(link.currency) && currency === null) return false;
      if (present(link.amount)) {
        const digits = currency ? DIGITS[currency] : undefined;
        if (digits === undefined || !moneyUsable(link.amount, digits)) return false;
      }
      return (
        safeId(link.id) &&
        refUsable(link.bill) &&
        refUsable(link.contact) &&
        refUsable(link.destination_account)
      );
    },
    money: (link, record) =>
      present(link.amount)
        ? [[record.amount, expectedMinor(link.amount as number, DIGITS[codeOf(link.currency) ?? ''] ?? 2)]]
        : [[record.amount, null]],
  },
  {
    schema: 'ClioPaymentsPayment',
    resource: 'payments',
    essential: ['id', 'amount', 'currency', 'state'],
    usable(payment) {
      const currency = codeOf(payment.currency);
      const digits = currency ? DIGITS[currency] : undefined;
      // A card payment that failed, was canceled or voided moved no money: its money may be missing.
      const movedNoMoney = ['failed', 'canceled', 'voided'].includes(payment.state as string);
      const moneyOk = movedNoMoney
        ? (!present(payment.currency) || digits !== undefined) &&
          (!present(payment.amount) ||
            (digits === undefined ? typeof payment.amount === 'number' : moneyUsable(payment.amount, digits)))
        : digits !== undefined && moneyUsable(payment.amount, digits);
      return (
        moneyOk &&
        safeId(payment.id) &&
        clioPaymentsPaymentStates.includes(payment.state as never) &&
        refsUsable(payment.bills) &&
        refUsable(payment.contact) &&
        refUsable(payment.clio_payments_link)
      );
    },
    money: (payment, record) => [
      [
        record.amount,
        present(payment.amount) && present(payment.currency)
          ? expectedMinor(payment.amount as number, DIGITS[codeOf(payment.currency) ?? ''] ?? 2)
          : null,
      ],
    ],
  },
];

/** Whole records with some of `optional` left out and some null. */
function withGaps(records: fc.Arbitrary<Json>, optional: string[]): fc.Arbitrary<Json> {
  return fc.tuple(records, fc.subarray(optional), fc.subarray(optional)).map(([record, absent, nulls]) => {
    const gapped: Json = { ...record };
    for (const field of nulls) gapped[field] = null;
    for (const field of absent) delete gapped[field];
    return gapped;
  });
}

const describeSpec = specPresent ? describe : describe.skip;

// `npm run test:property`'s thousands of runs take longer than a test's usual five seconds.
describeSpec('Remit reads what Clio’s description allows', { timeout: Math.max(5_000, RUNS) }, () => {
  const spec = specPresent ? loadSpec(specPath) : undefined;

  it.each(models)('$schema: kept when usable, set aside with a reason when not, money exact', (model) => {
    const resource = resourceSyncs.find((candidate) => candidate.name === model.resource);
    if (!resource || !spec) throw new Error(`no ${model.resource}`);
    const fields = fieldsOf(resource.schema);
    const whole = recordArbitrary(spec, model.schema, fields, { extras: true, nulls: false, absent: false });
    // Every field present, any field left out or null, and (most telling) only fields Remit can do
    // without left out or null: those records must all be kept, with their money exact.
    const payloads = fc.oneof(
      recordArbitrary(spec, model.schema, fields, { extras: true }),
      whole,
      withGaps(
        whole,
        Object.keys(resource.schema.shape).filter((field) => !model.essential.includes(field)),
      ),
    );
    let kept = 0;
    fc.assert(
      fc.property(payloads, (payload) => {
        const read = readRecord(resource, payload, 0);
        const usable = model.usable(payload);
        expect('record' in read, `${JSON.stringify(payload)} → ${JSON.stringify(read)}`).toBe(usable);
        if (!('record' in read)) {
          expect(say(read.reason)).toMatch(/\S/);
          return;
        }
        kept += 1;
        for (const [actual, expected] of model.money(payload, read.record as Json))
          expect(actual).toBe(expected);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The generator's choices leave most records usable; a schema refusing them all would pass otherwise.
    expect(kept).toBeGreaterThan(RUNS / 20);
  });
});
