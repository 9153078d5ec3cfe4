import { z } from 'zod';

/**
 * Builds Clio's `fields=` parameter from a zod object schema, so the fields asked for and the fields
 * validated can never drift apart. Clio allows one level of nesting: `client{id,name}`.
 */
export function fieldsOf(schema: z.ZodObject): string {
  return Object.entries(schema.shape)
    .map(([name, field]) => {
      const nested = nestedObject(field as z.ZodType);
      return nested ? `${name}{${Object.keys(nested.shape).join(',')}}` : name;
    })
    .join(',');
}

function nestedObject(field: z.ZodType): z.ZodObject | undefined {
  let inner: z.ZodType = field;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodArray) {
    inner = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : (inner.unwrap() as z.ZodType);
  }
  return inner instanceof z.ZodObject ? inner : undefined;
}
