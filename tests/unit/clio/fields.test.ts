import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldsOf } from '@/lib/clio/fields';
import { clioBill } from '@/lib/clio/schemas';

describe('fieldsOf', () => {
  it('lists scalar fields and one level of nested fields', () => {
    const schema = z.object({
      id: z.number(),
      client: z.object({ id: z.number(), name: z.string() }).nullable(),
      matters: z.array(z.object({ id: z.number(), display_number: z.string() })).optional(),
      state: z.string(),
    });
    expect(fieldsOf(schema)).toBe('id,client{id,name},matters{id,display_number},state');
  });

  it('asks Clio for exactly the bill fields Remit validates', () => {
    const fields = fieldsOf(clioBill).split(/,(?![^{]*\})/);
    expect(fields.map((field) => field.replace(/\{.*\}$/, ''))).toEqual(Object.keys(clioBill.shape));
    expect(fields).toContain('currency{id,code,sign}');
    expect(fields).toContain('matters{id,display_number,description}');
  });
});
