import { z } from 'zod';
import { catalogueOf, type MessageKey } from './catalogue';
import type { Text } from './text';

export const messageKeys = Object.keys(catalogueOf('en').messages) as [MessageKey, ...MessageKey[]];

/** Words not yet in a language, as they cross the message boundary or are stored: a known key. */
export const textSchema: z.ZodType<Text> = z.object({
  key: z.enum(messageKeys),
  get values() {
    return z.record(z.string(), z.union([z.string(), z.number(), textSchema])).optional();
  },
});
