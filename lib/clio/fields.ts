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
  for (;;) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
    else if (inner instanceof z.ZodArray) inner = inner.element as z.ZodType;
    // A field normalised after reading (null to a default, say) is read as its input schema.
    else if (inner instanceof z.ZodPipe) inner = inner.in as z.ZodType;
    else break;
  }
  return inner instanceof z.ZodObject ? inner : undefined;
}
