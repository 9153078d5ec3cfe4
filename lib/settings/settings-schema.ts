import { z } from 'zod';

/** What a message may fill in for each bill; `{balance}` and `{due_date}` only where money is owed. */
export const owedPlaceholders = ['client', 'bill_number', 'total', 'balance', 'due_date'] as const;
export const settledPlaceholders = ['client', 'bill_number', 'total'] as const;

/** A bill with nothing left to pay has no amount to pay and no date to pay it by. */
const settledTemplate = z
  .string()
  .max(5000)
  .refine((template) => !/\{(balance|due_date)\}/.test(template), {
    error:
      'A bill with nothing left to pay has no balance or due date to mention: remove {balance} and {due_date}.',
  });

export const settingsSchema = z.object({
  /** The message sent with a bill that is owed; the placeholders above are filled in. */
  messageTemplate: z.string().max(5000),
  /** The message sent with a bill paid (or credited) in full: a receipt, never a request to pay. */
  settledMessageTemplate: settledTemplate,
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  messageTemplate:
    'Dear {client},\n\nPlease find bill {bill_number} for {balance}, due {due_date}. You can view and pay it in the client portal.\n\nThank you.',
  settledMessageTemplate:
    'Dear {client},\n\nPlease find bill {bill_number} for {total}, paid in full, for your records. There is nothing to pay.\n\nThank you.',
};
