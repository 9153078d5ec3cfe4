import { RemitError } from './errors';
import { type MessageKey, say, t } from './i18n/text';

/** What went wrong, in the user's words: a RemitError's own message, or the caller's fallback. */
export const sayError = (error: unknown, fallback: MessageKey): string =>
  error instanceof RemitError ? say(error.text) : t(fallback);
