import type { ErrorCode, RemitError } from '../errors';
import type { Text } from '../i18n/text';

/** An answer as it crosses the boundary: the value, or a RemitError's code and its message not yet in words. */
export type Reply = { ok: true; value: unknown } | { ok: false; error: { code: ErrorCode; text: Text } };

/** A RemitError as it crosses the boundary. */
export const failure = (error: RemitError): Reply => ({
  ok: false,
  error: { code: error.code, text: error.text },
});
