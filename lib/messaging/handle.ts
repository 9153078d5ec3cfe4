import { type Browser, browser } from 'wxt/browser';
import { z } from 'zod';
import { isClioHost } from '../clio/regions';
import { RemitError } from '../errors';
import type { MessageKey } from '../i18n/text';
import { envelope, invalidRequest, type MessageTable, type ResponseIn } from './define';
import { failure, type Reply } from './reply';

export type Sender = Browser.runtime.MessageSender;

export type Handlers<T extends MessageTable> = {
  [N in keyof T]: (request: z.output<T[N]['request']>, sender: Sender) => Promise<ResponseIn<T, N>>;
};

/** Messages a content script on a Clio page may send. */
export type ClioMessageName<T extends MessageTable> = {
  [N in keyof T]: T[N]['senders'] extends 'extension' ? never : N;
}[keyof T];

/** The Clio page a content script asks from: its tab's address and id. */
export interface ClioPage {
  url: URL;
  tabId: number;
}

/**
 * For each message a Clio page may send, whether this request stays within that page: the bill it
 * shows, that bill's links and client, that tab's send. A compromised page gets no further.
 */
export type ClioScopes<T extends MessageTable> = {
  [N in ClioMessageName<T>]: (
    request: z.output<T[N]['request']>,
    page: ClioPage,
  ) => boolean | Promise<boolean>;
};

export type SenderKind = 'extension' | 'clio';

/**
 * Whether a Clio host is the connected firm's: another region's Clio has its own bill 4, which is
 * not the connected firm's bill 4.
 */
export type WorksOnHost = (host: string) => Promise<boolean>;

/**
 * Which of Remit's own senders this is: one of its extension pages, or its content script on a Clio
 * page (https, on one of Clio's own hosts). Anything else (another extension, a page elsewhere) is none.
 */
export function senderKind(sender: Sender): SenderKind | null {
  if (sender.id !== browser.runtime.id || !sender.url) return null;
  if (sender.url.startsWith(browser.runtime.getURL('/'))) return 'extension';
  if (!sender.tab) return null;
  const url = parseUrl(sender.url);
  return url?.protocol === 'https:' && isClioHost(url.host) ? 'clio' : null;
}

/** What the background answers a Clio page: within which scope, and on which firm's Clio. */
export interface ClioRules<T extends MessageTable> {
  scopes: ClioScopes<T>;
  worksOnHost: WorksOnHost;
  /** Told of each Clio page's request refused: what an earlier page left shown may need undoing. */
  refused?: (name: ClioMessageName<T>) => Promise<void>;
}

/**
 * The background's one message listener. Only this extension's own pages and its content scripts on
 * Clio's hosts are answered; each message only from the senders it names, a Clio page's only within
 * that page, and only on the connected firm's Clio. Requests are validated before a handler sees
 * them, answers before they leave.
 */
export function messageListener<T extends MessageTable>(table: T, handlers: Handlers<T>, clio: ClioRules<T>) {
  return (message: unknown, sender: Sender, sendResponse: (reply: Reply) => void): boolean => {
    const kind = senderKind(sender);
    if (!kind) return false;
    dispatch(table, handlers, clio, message, sender, kind).then(sendResponse);
    return true;
  };
}

export function handleMessages<T extends MessageTable>(
  table: T,
  handlers: Handlers<T>,
  clio: ClioRules<T>,
): void {
  browser.runtime.onMessage.addListener(messageListener(table, handlers, clio));
}

const refusal = (key: MessageKey): Reply => ({ ok: false, error: { code: 'not_allowed', text: { key } } });
const internalError: Reply = {
  ok: false,
  error: { code: 'invalid', text: { key: 'common.internal_error' } },
};

async function dispatch<T extends MessageTable>(
  table: T,
  handlers: Handlers<T>,
  clio: ClioRules<T>,
  message: unknown,
  sender: Sender,
  kind: SenderKind,
): Promise<Reply> {
  const parsed = envelope.safeParse(message);
  if (!parsed.success || !Object.hasOwn(table, parsed.data.name)) {
    return { ok: false, error: { code: 'invalid', text: { key: 'common.unknown_message' } } };
  }
  const name = parsed.data.name;
  const { senders, request: requestSchema, response: responseSchema } = table[name] as MessageTable[string];
  if (senders !== 'both' && senders !== kind) return refusal('common.refused_sender');
  const request = requestSchema.safeParse(parsed.data.request);
  if (!request.success) {
    return invalidRequest(request.error);
  }
  try {
    const refused = kind === 'clio' ? await pageRefusal(clio, name, request.data, sender) : null;
    if (refused) {
      await clio.refused?.(name as ClioMessageName<T>).catch((error: unknown) => {
        console.error(`Remit: undoing what ${name} showed failed`, error);
      });
      return refusal(refused);
    }
    const handler = handlers[name] as (request: unknown, sender: Sender) => Promise<unknown>;
    const value = responseSchema.safeParse(await handler(request.data, sender));
    if (!value.success) {
      console.error(`Remit: ${name} answered outside its schema`, z.prettifyError(value.error));
      return internalError;
    }
    return { ok: true, value: value.data };
  } catch (error) {
    if (error instanceof RemitError) return failure(error);
    console.error(`Remit: ${name} failed`, error);
    return internalError;
  }
}

/** Why a Clio page's request goes beyond that page, or null when it stays within it. */
async function pageRefusal<T extends MessageTable>(
  clio: ClioRules<T>,
  name: string,
  request: unknown,
  sender: Sender,
): Promise<MessageKey | null> {
  // The tab's URL, not the sender's: Clio moves between bills by changing the fragment, and a
  // message's `url` keeps the one its document was loaded with.
  const url = parseUrl(sender.tab?.url ?? '');
  const tabId = sender.tab?.id;
  if (!url || tabId === undefined) return 'common.refused_other_bill';
  if (!(await clio.worksOnHost(url.host))) return 'common.refused_other_clio';
  const scope = clio.scopes[name as ClioMessageName<T>] as (
    request: unknown,
    page: ClioPage,
  ) => boolean | Promise<boolean>;
  return (await scope(request, { url, tabId })) ? null : 'common.refused_other_bill';
}

function parseUrl(text: string): URL | undefined {
  return URL.canParse(text) ? new URL(text) : undefined;
}
