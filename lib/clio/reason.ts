import type { z } from 'zod';
import type { Text } from '../i18n/text';

/** The first problem zod found, as the message that tells the user which field Clio sent wrong. */
export function reasonTextOf(error: z.ZodError): Text {
  const issue = error.issues[0];
  const field = fieldOf(issue);
  return issue?.code === 'invalid_type'
    ? { key: 'records.wrong_type', values: { field, expected: issue.expected } }
    : { key: 'records.not_as_documented', values: { field } };
}

const fieldOf = (issue: z.core.$ZodIssue | undefined) =>
  issue?.path.length ? issue.path.join('.') : 'record';
