/** One entry of Clio's `fields` parameter: `client` (subFields null) or `client{id,name}`. */
export interface FieldRequest {
  name: string;
  subFields: string[] | null;
}

export class FieldsError extends Error {}

const NAME = /^[a-z_][a-z0-9_]*$/i;

function checkName(name: string): string {
  if (!NAME.test(name)) throw new FieldsError(`Invalid field: ${name || '(empty)'}`);
  return name;
}

/**
 * Parses `id,etag,client{id,name},matters` into field requests. Clio allows one level of
 * nesting, so `client{account{name}}` is an error, as are unbalanced braces.
 */
export function parseFields(raw: string | undefined): FieldRequest[] | null {
  if (raw === undefined || raw.trim() === '') return null;
  const requests: FieldRequest[] = [];
  let index = 0;
  while (index < raw.length) {
    const open = raw.indexOf('{', index);
    const comma = raw.indexOf(',', index);
    const nameEnd = [open, comma, raw.length].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b));
    const name = checkName(raw.slice(index, nameEnd).trim());
    if (nameEnd === open) {
      const close = raw.indexOf('}', open);
      if (close < 0) throw new FieldsError(`Unbalanced braces in fields after ${name}`);
      const inner = raw.slice(open + 1, close);
      if (inner.includes('{')) throw new FieldsError(`Nested fields may only go one level deep: ${name}`);
      const subFields = inner.split(',').map((part) => checkName(part.trim()));
      requests.push({ name, subFields });
      index = close + 1;
      if (index < raw.length && raw[index] !== ',')
        throw new FieldsError(`Unexpected text after ${name}{...}`);
      index += 1;
    } else {
      if (raw.slice(index, nameEnd).includes('}')) throw new FieldsError('Unbalanced braces in fields');
      requests.push({ name, subFields: null });
      index = nameEnd + 1;
    }
  }
  return requests;
}
