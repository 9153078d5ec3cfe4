/**
 * Clio's answers as Clio may also write them. Its description marks no field required and none
 * nullable, codes come in any case, and a timestamp may carry any offset. In this mode the sandbox
 * answers the same facts in those other ways, so tests show Remit reads them the same:
 * - a field that is null is left out, every other time;
 * - `false` and an empty list are sent as null;
 * - currency codes come in lower case, and states and kinds (`awaiting_payment`, `trust_kind`) in
 *   upper case;
 * - timestamps in UTC (`…Z`) come at an offset of −05:00, with milliseconds;
 * - every record carries a field nobody asked for;
 * - the last page of an index says `next: null` instead of leaving it out.
 * Every change is deterministic, so a test can compare what Remit stored with the sandbox's records.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const UTC_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;

/** The same instant written at −05:00. */
function atOffset(timestamp: string): string {
  if (!UTC_TIMESTAMP.test(timestamp)) return timestamp;
  const shifted = new Date(Date.parse(timestamp) - 5 * 3_600_000).toISOString();
  return `${shifted.slice(0, 23)}-05:00`;
}

function varyValue(key: string, value: Json, parentKey: string, index: number): Json | undefined {
  if (value === null) return index % 2 === 0 ? undefined : null;
  if (value === false) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map((item) => vary(item, key));
  if (typeof value === 'object') return vary(value, key);
  if (typeof value === 'string') {
    const isCurrencyCode =
      (key === 'code' && parentKey === 'currency') || (key === 'currency' && /^[A-Z]{3}$/.test(value));
    if (isCurrencyCode) return value.toLowerCase();
    if (key === 'state' || key === 'kind') return value.toUpperCase();
    return atOffset(value);
  }
  return value;
}

/** One record (or any JSON object) as Clio may also write it. */
export function vary(value: Json, parentKey = ''): Json {
  if (Array.isArray(value)) return value.map((item) => vary(item, parentKey));
  if (value === null || typeof value !== 'object') return value;
  const varied: { [key: string]: Json } = {};
  Object.entries(value).forEach(([key, field], index) => {
    const changed = varyValue(key, field, parentKey, index);
    if (changed !== undefined) varied[key] = changed;
  });
  if ('id' in value) varied.x_unrequested_note = 'a field nobody asked for';
  return varied;
}

/** An API answer's body: its records varied, and the last page's `next` written as null. */
export function varyAnswer(body: Json): Json {
  if (body === null || typeof body !== 'object' || Array.isArray(body) || !('data' in body)) return body;
  const varied: { [key: string]: Json } = { ...body, data: vary(body.data ?? null, 'data') };
  const meta = body.meta;
  if (meta && typeof meta === 'object' && !Array.isArray(meta)) {
    const paging = meta.paging;
    if (paging && typeof paging === 'object' && !Array.isArray(paging) && !('next' in paging)) {
      varied.meta = { ...meta, paging: { ...paging, next: null } };
    }
  }
  return varied;
}
