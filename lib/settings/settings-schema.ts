import { z } from 'zod';

export const settingsSchema = z.object({
  /** The message sent with a bill; {client}, {bill_number}, {balance} and {due_date} are filled in. */
  messageTemplate: z.string().max(5000),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  messageTemplate:
    'Dear {client},\n\nPlease find bill {bill_number} for {balance}, due {due_date}. You can view and pay it in the client portal.\n\nThank you.',
};
