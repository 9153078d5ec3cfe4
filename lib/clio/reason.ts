import type { z } from 'zod';

/** The first problem zod found, and where: "balance: Invalid input: expected number, received string". */
export function reasonOf(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'record';
  return `${where}: ${issue?.message ?? 'not as Clio documents it'}`;
}
