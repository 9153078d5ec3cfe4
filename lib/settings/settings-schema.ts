import { z } from 'zod';
import { type Language, languages } from '../i18n/languages';
import { type MessageKey, textIn } from '../i18n/text';

/** What a message may fill in for each bill; `{balance}` and `{due_date}` only where money is owed. */
export const owedPlaceholders = ['client', 'bill_number', 'total', 'balance', 'due_date'] as const;
export const settledPlaceholders = ['client', 'bill_number', 'total'] as const;
/** What an envelope's subject and message may fill in: one client's bills at once. */
export const envelopePlaceholders = [
  'client',
  'bill_numbers',
  'total_outstanding',
  'oldest_due_date',
  'payment_link',
] as const;
export type EnvelopePlaceholder = (typeof envelopePlaceholders)[number];

/** A bill with nothing left to pay has no amount to pay and no date to pay it by. */
const settledTemplate = z
  .string()
  .max(5000)
  .refine((template) => !/\{(balance|due_date)\}/.test(template), {
    // A message key: the options page words it.
    error: 'settings.settled_mentions_owed' satisfies MessageKey,
  });

export const settingsSchema = z.object({
  /**
   * The language clients read: the messages bills go with until the firm writes its own, and the
   * words, amounts and dates filled into them. Until the firm chooses, the language Remit speaks.
   */
  clientLanguage: z.enum(languages),
  /** The message sent with a bill that is owed; the placeholders above are filled in. */
  messageTemplate: z.string().max(5000),
  /** The message sent with a bill paid (or credited) in full: a receipt, never a request to pay. */
  settledMessageTemplate: settledTemplate,
  /** The subject of the email each client's envelope of bills goes with (see lib/mailing). */
  envelopeSubjectTemplate: z.string().max(500),
  /** The message each client's envelope of bills goes with, through the portal or by email. */
  envelopeMessageTemplate: z.string().max(5000),
});
export type Settings = z.infer<typeof settingsSchema>;

/**
 * The catalogue writes a template's placeholders as message arguments: filled with these, a message
 * shows them as the user types them ("{balance}").
 */
export function placeholdersAsWritten(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, `{${name}}`]));
}

/** The messages until the firm writes its own, in the language its clients read. */
export function defaultSettings(clientLanguage: Language): Settings {
  const written = (key: MessageKey, placeholders: readonly string[]) =>
    textIn(clientLanguage, key, placeholdersAsWritten(placeholders));
  return {
    clientLanguage,
    messageTemplate: written('settings.default_owed_message', owedPlaceholders),
    settledMessageTemplate: written('settings.default_settled_message', owedPlaceholders),
    envelopeSubjectTemplate: written('settings.default_envelope_subject', envelopePlaceholders),
    envelopeMessageTemplate: written('settings.default_envelope_message', envelopePlaceholders),
  };
}

/** A message the firm left as Remit wrote it, in any language: it follows the clients' language. */
export function isDefaultMessage(field: Exclude<keyof Settings, 'clientLanguage'>, text: string): boolean {
  return languages.some((language) => defaultSettings(language)[field] === text);
}
