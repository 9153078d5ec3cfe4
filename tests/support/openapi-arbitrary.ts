import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';

/**
 * fast-check arbitraries of Clio API v4 payloads, driven by Clio's own OpenAPI description so the tests
 * follow the spec rather than our reading of it. The spec marks nothing required or nullable, and Clio
 * does send nulls, so every field may be absent or null unless the options say otherwise.
 */

export interface SchemaObject {
  $ref?: string;
  allOf?: SchemaObject[];
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
}
export interface OpenApiSpec {
  openapi: string;
  components: { schemas: Record<string, SchemaObject> };
}
/** Each field may be `null` (nulls, default true) or missing (absent, default true); extras (default
 * false) adds a few unrequested keys: other spec fields, or made-up names with random JSON values. */
export interface PayloadOptions {
  nulls?: boolean;
  absent?: boolean;
  extras?: boolean;
}
type Options = Required<PayloadOptions>;
type Context = { spec: OpenApiSpec; options: Options };
type Props = Record<string, SchemaObject>;
type Payload = Record<string, unknown>;
type Arb = fc.Arbitrary<unknown>;
export type Nested = { schema: string; array: boolean };

const cache = new Map<string, OpenApiSpec>();

/** Parses the spec once per path (it is ~3 MB). The default is the project's `../shared` convention. */
export function loadSpec(path = resolve(process.cwd(), '../shared/clio/openapi.json')): OpenApiSpec {
  const spec = cache.get(path) ?? (JSON.parse(readFileSync(path, 'utf8')) as OpenApiSpec);
  cache.set(path, spec);
  return spec;
}

function schemaNamed(spec: OpenApiSpec, name: string): SchemaObject {
  const schema = spec.components.schemas[name];
  if (!schema) throw new Error(`No component schema "${name}" in the spec`);
  return schema;
}

const refName = (ref: string): string => ref.replace('#/components/schemas/', '');

/** Merges `$ref`/`allOf` into one property map. Later parts win: Contact_base and Matter_base declare a
 * bare `currency: {type: object}` that the outer schema redefines as a `Currency_base` reference. */
function propertiesOf(spec: OpenApiSpec, schema: SchemaObject): Props {
  if (schema.$ref) return propertiesOf(spec, schemaNamed(spec, refName(schema.$ref)));
  const merged: Props = {};
  for (const part of schema.allOf ?? []) Object.assign(merged, propertiesOf(spec, part));
  return Object.assign(merged, schema.properties);
}

const propsNamed = (spec: OpenApiSpec, name: string) => propertiesOf(spec, schemaNamed(spec, name));

/** A property that is a record of its own (`client{...}`) or an array of them (`matters{...}`). */
function nestedTarget(prop: SchemaObject): Nested | undefined {
  const ref = prop.$ref ?? (prop.type === 'array' ? prop.items?.$ref : undefined);
  return ref ? { schema: refName(ref), array: !prop.$ref } : undefined;
}

/** Names that `fields=` takes bare (no braces): every property that is not a nested record. */
export function fieldsOfSchema(spec: OpenApiSpec, schemaName: string): string[] {
  return Object.entries(propsNamed(spec, schemaName))
    .filter(([, prop]) => !nestedTarget(prop))
    .map(([name]) => name);
}

/** Nested records of a schema (`client`, `matters`...) and the component schema each refers to. */
export function nestedOfSchema(spec: OpenApiSpec, schemaName: string): Record<string, Nested> {
  const out: Record<string, Nested> = {};
  for (const [name, prop] of Object.entries(propsNamed(spec, schemaName))) {
    const target = nestedTarget(prop);
    if (target) out[name] = target;
  }
  return out;
}

export interface Field {
  name: string;
  sub?: string[];
}

/** `id,client{id,name},matters{id}` → fields with their sub-fields. Clio allows one level of nesting. */
export function parseFields(fields: string): Field[] {
  const out = [...fields.matchAll(/([a-z0-9_]+)(?:\{([a-z0-9_,]*)\})?(?:,|$)/gy)].map(
    ([, name = '', sub]): Field => (sub === undefined ? { name } : { name, sub: sub.split(',') }),
  );
  // The sticky regex stops at the first thing it cannot read; rebuilding the text catches that.
  const rebuilt = out.map((f) => (f.sub ? `${f.name}{${f.sub.join(',')}}` : f.name)).join(',');
  if (rebuilt !== fields || out.some((f) => f.sub?.includes(''))) throw new Error(`Bad fields "${fields}"`);
  return out;
}

// Values, biased toward what breaks parsers: extremes of int64 and doubles, hostile text and URLs.

// Beyond 2^53 JSON.parse loses precision: Clio's ids are int64, so a consumer may meet these.
const edgeIds = [0, -1, -2_147_483_648, Number.MAX_SAFE_INTEGER, 2 ** 53, 2 ** 53 + 2, 2 ** 63, -(2 ** 63)];
// Rounding traps (1.005, 2.675), sub-cent amounts, -0, and 1e21 (where JSON switches to exponent form).
const edgeAmounts = [0, -0, -0.01, 0.001, -0.001, 1.005, 2.675, -2.675, 12345678.9, 99999999999.99, 1e21];
// Leap days, and the century years that are (2000) and are not (1900, 2100) leap years.
const edgeDates = '2000-02-29 2024-02-29 2096-02-29 1900-02-28 2100-02-28 1900-01-01 2100-12-31'.split(' ');
const hostileText = [
  '<img src=x onerror=alert(1)>',
  'Invoice \u202Efdp.exe',
  '👩‍⚖️ Smith & Sons 🏛️',
  `O'Brien "Quoted" \`tick\``,
  '{client}',
  '{{bill.total}}',
  'שלום עולם',
  'Ünïcödé – 株式会社',
  'line one\nline two\ttab',
];
const hostileUrls = [
  'javascript:alert(1)',
  'http://app.clio.com/x',
  'https://app.clio.com.evil.test/x',
  'https://evilclio.com/x',
  'data:text/html,<script>alert(1)</script>',
];

const int64 = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 2_147_483_647 }) },
  { weight: 1, arbitrary: fc.maxSafeInteger() },
  { weight: 2, arbitrary: fc.constantFrom(...edgeIds) },
);
const int32 = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 100_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648) },
);

// Decimals are integers scaled by a power of ten, so JSON.stringify prints the clean decimal (1.005).
const decimals = fc.integer({ min: 0, max: 4 });
const anyAmount = fc.integer({ min: -1e12, max: 1e12 });
const money = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map((cents) => cents / 100) },
  { weight: 2, arbitrary: fc.tuple(anyAmount, decimals).map(([m, d]) => m / 10 ** d) },
  { weight: 2, arbitrary: fc.constantFrom(...edgeAmounts) },
);

const dayMs = 86_400_000;
const days = fc.integer({ min: Date.UTC(1900, 0, 1) / dayMs, max: Date.UTC(2100, 11, 31) / dayMs });
const calendarDate = fc.oneof(
  { weight: 4, arbitrary: days.map((day) => new Date(day * dayMs).toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constantFrom(...edgeDates) },
);
const two = (n: number) => String(n).padStart(2, '0');
const dateTime = fc
  .record({
    date: calendarDate,
    h: fc.integer({ min: 0, max: 23 }),
    m: fc.integer({ min: 0, max: 59 }),
    s: fc.integer({ min: 0, max: 59 }),
    fraction: fc.oneof(fc.constant(''), fc.stringMatching(/^\.\d{1,6}$/)),
    // ISO 8601 allows the offset without its colon, or as hours alone.
    offset: fc.constantFrom('Z', '+00:00', '+05:30', '-08:00', '+14:00', '-12:00', '+0530', '-0800', '-05'),
  })
  .map((t) => `${t.date}T${two(t.h)}:${two(t.m)}:${two(t.s)}${t.fraction}${t.offset}`);

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 290, maxLength: 310 }) },
  { weight: 2, arbitrary: fc.constantFrom(...hostileText) },
);

// Clio documents ISO 4217 codes but does not promise their case, so "usd" must be handled too.
const isoCodes = fc.constantFrom('USD', 'CAD', 'EUR', 'GBP', 'AUD', 'CHF', 'JPY', 'KWD', 'BHD');
const currencyCode = fc.oneof(
  { weight: 3, arbitrary: isoCodes },
  { weight: 1, arbitrary: isoCodes.map((c) => c.toLowerCase()) },
);

const url = fc.oneof(
  { weight: 3, arbitrary: fc.webUrl({ validSchemes: ['https'], withQueryParameters: true }) },
  { weight: 1, arbitrary: fc.constantFrom(...hostileUrls) },
);

/** A value for one property, picked by type/format and, for a few well-known names, by meaning. */
function valueArbitrary(spec: OpenApiSpec, name: string, prop: SchemaObject, owner: string): Arb {
  if (prop.$ref) return valueArbitrary(spec, name, schemaNamed(spec, refName(prop.$ref)), owner);
  if (prop.enum && prop.enum.length > 0) return fc.constantFrom(...prop.enum);
  switch (prop.type) {
    case 'integer':
      return prop.format === 'int32' ? int32 : int64;
    case 'number':
      return money;
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valueArbitrary(spec, name, prop.items ?? {}, owner), { maxLength: 3 });
    case 'string':
      if (prop.format === 'date') return calendarDate;
      if (prop.format === 'date-time') return dateTime;
      if (name === 'url') return url;
      if (name === 'currency' || (name === 'code' && owner.startsWith('Currency'))) return currencyCode;
      return text;
    default:
      // Property-less objects (e.g. Matter_base.currency when not overridden) carry arbitrary JSON.
      return fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }));
  }
}

const ABSENT = Symbol('absent');

/** ~70% present with a value; the rest split between null and missing as the options allow. */
function presence(value: Arb, options: Options): Arb {
  const rest: Arb[] = [];
  if (options.nulls) rest.push(fc.constant(null));
  if (options.absent) rest.push(fc.constant(ABSENT));
  if (rest.length === 0) return value;
  const share = 30 / rest.length;
  return fc.oneof(
    { weight: 70, arbitrary: value },
    ...rest.map((arbitrary) => ({ weight: share, arbitrary })),
  );
}

function objectArbitrary(ctx: Context, owner: string, fields: Field[]): fc.Arbitrary<Payload> {
  const props = propsNamed(ctx.spec, owner);
  const values = fields.map(({ name, sub }) => {
    const prop = props[name];
    // Clio answers an unknown field with 400, so a test asking for one is a bug in the test.
    if (!prop) throw new Error(`${owner} has no field "${name}"`);
    const target = nestedTarget(prop);
    if (!target) {
      if (sub) throw new Error(`${owner}.${name} is not a nested record; "${name}{...}" is invalid`);
      return presence(valueArbitrary(ctx.spec, name, prop, owner), ctx.options);
    }
    // Asked for bare, a nested record comes back with Clio's defaults: id and etag, where the schema has
    // them (ClioPaymentsPayment_base, Discount_base and others have no etag).
    const defaults = ['id', 'etag'].filter((n) => n in propsNamed(ctx.spec, target.schema));
    const record = objectArbitrary(
      ctx,
      target.schema,
      (sub ?? defaults).map((n) => ({ name: n })),
    );
    return presence(target.array ? fc.array(record, { maxLength: 3 }) : record, ctx.options);
  });
  const requested = new Set(fields.map((f) => f.name));
  const extras = ctx.options.extras ? extrasArbitrary(ctx.spec, owner, props, requested) : fc.constant({});
  return fc.tuple(fc.tuple(...values), extras).map(([picked, extra]) => {
    // Spread, not Object.assign, so a generated "__proto__" key stays a plain own property.
    const out: Payload = { ...extra };
    fields.forEach((f, i) => {
      if (picked[i] !== ABSENT) out[f.name] = picked[i];
    });
    return out;
  });
}

/** Keys Clio might send unasked: real scalar fields (with spec-valid values) or made-up names (any JSON). */
function extrasArbitrary(spec: OpenApiSpec, owner: string, props: Props, requested: Set<string>) {
  const spare = Object.entries(props).filter(([name, prop]) => !requested.has(name) && !nestedTarget(prop));
  const real = fc.subarray(spare, { maxLength: 2 }).chain((picked) => {
    const arbs = picked.map(([name, prop]) => valueArbitrary(spec, name, prop, owner));
    return fc.tuple(...arbs).map((vs) => Object.fromEntries(picked.map(([name], i) => [name, vs[i]])));
  });
  const madeUpName = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !Object.hasOwn(props, k));
  const madeUp = fc.dictionary(madeUpName, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 });
  return fc.tuple(real, madeUp).map(([a, b]): Payload => ({ ...b, ...a }));
}

/** A payload of `schemaName` holding only the `fields=` asked for (plus extras if enabled). */
export function recordArbitrary(
  spec: OpenApiSpec,
  schemaName: string,
  fields: string,
  options: PayloadOptions = {},
): fc.Arbitrary<Payload> {
  const resolved: Options = { nulls: true, absent: true, extras: false, ...options };
  return objectArbitrary({ spec, options: resolved }, schemaName, parseFields(fields));
}
