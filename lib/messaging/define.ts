import { z } from 'zod';
import { errorCodes } from '../errors';
import { textSchema } from '../i18n/text-schema';
import type { Reply } from './reply';

/**
 * Who may send a message. `extension`: Remit's own pages (popup, options, the client link page).
 * `clio`: Remit's content script on a Clio page, which may ask about and act on the bill on that page
 * only (each domain's handlers check the scope); never connect, disconnect, change settings or read
 * the firm's figures.
 */
export type Senders = 'extension' | 'clio' | 'both';

export interface MessageSpec<
  S extends Senders = Senders,
  Req extends z.ZodType = z.ZodType,
  Res extends z.ZodType = z.ZodType,
> {
  senders: S;
  request: Req;
  response: Res;
}

export type MessageTable = Record<string, MessageSpec>;

/** One message: who may send it, the request it carries and the answer it gets. Both sides validate. */
export const defineMessage = <S extends Senders, Req extends z.ZodType, Res extends z.ZodType>(
  senders: S,
  request: Req,
  response: Res,
): MessageSpec<S, Req, Res> => ({ senders, request, response });

export type RequestIn<T extends MessageTable, N extends keyof T> = z.input<T[N]['request']>;
export type ResponseIn<T extends MessageTable, N extends keyof T> = z.output<T[N]['response']>;

/** An empty request or answer. */
export const none = z.object({});
/** A request about one bill. */
export const billRequest = z.object({ billId: z.number().int().positive() });

export const envelope = z.object({ name: z.string(), request: z.unknown() });

export const reply: z.ZodType<Reply> = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.enum(errorCodes), text: textSchema }) }),
]);

/** A request outside its schema: zod's account of it is for whoever wrote the sender. */
export const invalidRequest = (error: z.ZodError): Reply => ({
  ok: false,
  error: {
    code: 'invalid',
    text: { key: 'common.invalid_request', values: { detail: z.prettifyError(error) } },
  },
});
