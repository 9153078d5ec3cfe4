import ky, { type KyInstance } from 'ky';
import { z } from 'zod';
import { RemitError } from '../errors';
import type { Text } from '../i18n/text';
import { fieldsOf } from './fields';
import { reasonTextOf } from './reason';
import { type RegionId, regionOrigin } from './regions';
import type { Priority, RequestBudget } from './request-budget';
import { retryAfterSeconds } from './retry-after';
import { type ClioBill, type ClioUser, clioBill, clioPage, clioUser } from './schemas';

/** Where the API client gets its bearer token, and how it gets a fresh one after a 401. */
export interface TokenSource {
  region: RegionId;
  accessToken(): Promise<string>;
  /**
   * A fresh token after Clio turned `rejected` down: one refresh however many requests ask at once.
   * Throws RemitError('reconnect') when Clio no longer accepts the refresh token.
   */
  refreshAccessToken(rejected: string): Promise<string>;
}

export interface ClioApiOptions {
  tokens: TokenSource;
  budget: RequestBudget;
  /**
   * Attempts for one background request that meets 5xx, resets, timeouts or cut-off JSON. Someone
   * waiting on screen gets fewer: the cached figures, marked stale, serve them better than a long wait.
   */
  attempts?: number;
  timeoutMs?: number;
}

export interface ClioResponse {
  status: number;
  body: unknown;
  headers: Headers;
  /** Where the answer came from (empty when unknown, as for a Response a test made). */
  url: string;
}

export interface ClioPage {
  records: unknown[];
  next: string | undefined;
  /** Clio's own clock (the Date header), so incremental syncs never depend on this machine's clock. */
  serverTime: number | undefined;
}

/**
 * Clio answered with success, but with something Remit cannot read. Never a refusal: whatever Clio was
 * asked to do may be done, and `body` holds what Clio sent.
 */
export class UnreadableAnswerError extends RemitError {
  constructor(
    readonly body: unknown,
    reason: Text,
  ) {
    super('clio', 'clio.unreadable_answer', { detail: reason });
    this.name = 'UnreadableAnswerError';
  }
}

/** Reads `{data: …}` with the schema, or names what Clio sent that Remit cannot use. */
export function readData<T extends z.ZodType>(body: unknown, schema: T): z.output<T> {
  const parsed = schema.safeParse(dataOf(body));
  if (!parsed.success) throw new UnreadableAnswerError(body, reasonTextOf(parsed.error));
  return parsed.data;
}

/** The `data` of Clio's `{data: …}` answer, whatever it holds; undefined when there is none. */
export function dataOf(body: unknown): unknown {
  return typeof body === 'object' && body !== null && 'data' in body ? body.data : undefined;
}

/**
 * What Clio said went wrong: `{error: {type, message}}` as it documents, with or without the type, or
 * the OAuth way, `{error, error_description}`.
 */
const said = z.string().trim().min(1);
const clioError = z.union([
  z.object({ error: z.object({ message: said }) }).transform(({ error }) => error.message),
  z.object({ error_description: said }).transform((body) => body.error_description),
  z.object({ error: said }).transform(({ error }) => error),
]);
/**
 * The version of Clio's API Remit's schemas were written against: a newer default cannot change what
 * Clio sends under Remit's feet, and a retired one is a 410 Remit can name.
 */
export const CLIO_API_VERSION = '4.0.13';
const retriedStatuses = new Set([500, 502, 503, 504]);
const MAX_RATE_LIMITED = 20;
/** A 429 that does not say how long to wait. */
const DEFAULT_RETRY_AFTER_SECONDS = 5;
/**
 * The longest 429 pause: Clio's limit is a minute's, so a longer wait is not about it, and a pause
 * holds every request, the bill on screen's too. After a window Remit asks again.
 */
const MAX_RATE_LIMIT_PAUSE_SECONDS = 60;
/**
 * The longest a 5xx's Retry-After (Clio down for maintenance, say) is waited for between attempts:
 * someone on screen is better served by the cached figures than by a long wait.
 */
const MAX_UNAVAILABLE_WAIT_MS: Record<Priority, number> = { interactive: 5_000, background: 30_000 };
const INTERACTIVE_ATTEMPTS = 3;

export function createClioApi({ tokens, budget, attempts = 6, timeoutMs = 30_000 }: ClioApiOptions) {
  const http = ky.create({
    baseUrl: `${regionOrigin(tokens.region)}/api/v4/`,
    headers: { 'x-api-version': CLIO_API_VERSION },
    retry: 0,
    throwHttpErrors: false,
    timeout: timeoutMs,
  });
  const get = (url: string, priority: Priority, headers: Record<string, string> = {}, signal?: AbortSignal) =>
    send(http, tokens, budget, {
      method: 'get',
      url,
      priority,
      headers,
      attempts: priority === 'interactive' ? Math.min(attempts, INTERACTIVE_ATTEMPTS) : attempts,
      signal,
    });

  /**
   * A change asked for by someone on screen. A 429 or 401 is answered before Clio acts, so those are
   * tried again; anything else is tried only when `repeatable` (the same change twice is harmless).
   */
  const write = async <T extends z.ZodType>(
    method: 'post' | 'patch',
    url: string,
    body: unknown,
    schema: T,
    repeatable: boolean,
  ): Promise<z.output<T>> => {
    const response = await send(http, tokens, budget, {
      method,
      url,
      json: { data: body },
      priority: 'interactive',
      headers: {},
      attempts: repeatable ? INTERACTIVE_ATTEMPTS : 1,
    });
    return readData(response.body, schema);
  };

  return {
    get,

    /**
     * One page of an index, by the full URL Clio gave as `next` or a path with its query. An abort
     * stops it wherever it is: waiting for its turn, on the wire or between attempts.
     */
    async page(url: string, priority: Priority = 'background', signal?: AbortSignal): Promise<ClioPage> {
      const response = await get(url, priority, {}, signal);
      const parsed = clioPage.safeParse(response.body);
      if (!parsed.success) throw new UnreadableAnswerError(response.body, reasonTextOf(parsed.error));
      const page = parsed.data;
      const next = page.meta?.paging?.next ?? undefined;
      // The next page goes out with the bearer token: only ever to where this page came from.
      const servedFrom = new URL(response.url || regionOrigin(tokens.region)).origin;
      if (next !== undefined && new URL(next).origin !== servedFrom) {
        throw new UnreadableAnswerError(response.body, {
          key: 'clio.next_page_elsewhere',
          values: { host: new URL(next).host },
        });
      }
      const date = Date.parse(response.headers.get('date') ?? '');
      return { records: page.data, next, serverTime: Number.isNaN(date) ? undefined : date };
    },

    /** The bill on screen: ahead of any sync, and free when unchanged since `etag`. */
    async bill(id: number, etag?: string): Promise<ClioBill | 'unchanged'> {
      const query = new URLSearchParams({ fields: fieldsOf(clioBill) });
      const response = await get(
        `bills/${id}.json?${query}`,
        'interactive',
        etag ? { 'if-none-match': etag } : {},
      );
      if (response.status === 304) return 'unchanged';
      return readData(response.body, clioBill);
    },

    /** One record, for someone waiting on screen. */
    async show<T extends z.ZodObject>(path: string, schema: T): Promise<z.output<T>> {
      const query = new URLSearchParams({ fields: fieldsOf(schema) });
      return readData((await get(`${path}?${query}`, 'interactive')).body, schema);
    },

    /** Creates a record. Never repeated blindly: a lost answer may hide a record Clio did create. */
    create: <T extends z.ZodType>(url: string, body: unknown, schema: T) =>
      write('post', url, body, schema, false),

    /** Changes a record to a given state, which is the same change however often it is sent. */
    update: <T extends z.ZodType>(url: string, body: unknown, schema: T) =>
      write('patch', url, body, schema, true),

    async whoAmI(): Promise<ClioUser> {
      const query = new URLSearchParams({ fields: fieldsOf(clioUser) });
      const response = await get(`users/who_am_i.json?${query}`, 'interactive');
      return readData(response.body, clioUser);
    },
  };
}

export type ClioApi = ReturnType<typeof createClioApi>;

interface Request {
  method: 'get' | 'post' | 'patch';
  url: string;
  json?: unknown;
  priority: Priority;
  headers: Record<string, string>;
  attempts: number;
  signal?: AbortSignal;
}

/**
 * One request through the budget. A 401 refreshes the token once; a 429 waits for Retry-After; 5xx,
 * resets, timeouts and cut-off bodies are tried again with jittered backoff, a bounded number of times.
 */
async function send(
  http: KyInstance,
  tokens: TokenSource,
  budget: RequestBudget,
  request: Request,
): Promise<ClioResponse> {
  let token = await tokens.accessToken();
  let refreshed = false;
  let failures = 0;
  let rateLimited = 0;
  let lastProblem: LostAnswer = { problem: 'connection_lost' };
  for (;;) {
    let askedWaitMs = 0;
    const outcome = await budget.run(
      request.priority,
      () => attemptInTurn(http, budget, request, token),
      request.signal,
    );
    if ('response' in outcome) {
      const { response } = outcome;
      if (response.status === 429 && rateLimited < MAX_RATE_LIMITED) {
        rateLimited += 1;
        continue;
      }
      if (response.status === 401 && !refreshed) {
        refreshed = true;
        token = await tokens.refreshAccessToken(token);
        continue;
      }
      if (!retriedStatuses.has(response.status)) return finish(response, outcome.body);
      lastProblem = { problem: 'status', status: response.status };
      askedWaitMs = (retryAfterSeconds(response.headers) ?? 0) * 1000;
    } else {
      lastProblem = outcome;
    }
    failures += 1;
    // Clio asking for a longer wait than this request can give is its answer for now.
    if (failures >= request.attempts || askedWaitMs > MAX_UNAVAILABLE_WAIT_MS[request.priority]) {
      throw new RemitError('network', 'clio.unreachable', lastProblem);
    }
    await wait(Math.max(backoffMs(failures), askedWaitMs), request.signal);
  }
}

/** Why an attempt got no usable answer, as the message `clio.unreachable` words it. */
type LostAnswer =
  | { problem: 'status'; status: number }
  | { problem: 'cut_off' | 'timed_out' | 'connection_lost' };
type Attempt = { response: Response; body: unknown } | LostAnswer;

/**
 * One attempt, and what its answer says of Clio's limit, within the budget's turn: a request waiting
 * behind this one goes only once the budget knows what is left of the minute, or that Clio paused it.
 */
async function attemptInTurn(
  http: KyInstance,
  budget: RequestBudget,
  request: Request,
  token: string,
): Promise<Attempt> {
  const outcome = await attempt(http, request, token);
  if ('response' in outcome) {
    const { headers, status } = outcome.response;
    budget.observe(headers);
    if (status === 429) {
      budget.pause(
        Math.min(retryAfterSeconds(headers) ?? DEFAULT_RETRY_AFTER_SECONDS, MAX_RATE_LIMIT_PAUSE_SECONDS),
      );
    }
  }
  return outcome;
}

async function attempt(http: KyInstance, request: Request, token: string): Promise<Attempt> {
  try {
    const answer = http(request.url, {
      method: request.method,
      json: request.json,
      headers: { ...request.headers, authorization: `Bearer ${token}` },
      signal: request.signal,
    });
    const response = await answer;
    // Through ky, whose timeout also bounds the body: a body that stalls after its headers times out.
    const body = parseJson(await answer.text());
    // A success whose body does not parse was cut off on the way: worth another attempt.
    if (response.ok && response.status !== 204 && response.status !== 304 && body === unreadable) {
      return { problem: 'cut_off' };
    }
    return { response, body: body === unreadable ? null : body };
  } catch (error) {
    request.signal?.throwIfAborted();
    return {
      problem: error instanceof Error && error.name === 'TimeoutError' ? 'timed_out' : 'connection_lost',
    };
  }
}

/** Sleeps between attempts; an abort wakes it with the reason. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}

function finish(response: Response, body: unknown): ClioResponse {
  if (response.ok || response.status === 304)
    return { status: response.status, body, headers: response.headers, url: response.url };
  const detail = clioError.safeParse(body);
  const message = detail.success ? detail.data : `HTTP ${response.status}`;
  switch (response.status) {
    case 401:
      throw new RemitError('reconnect', 'clio.sign_in_refused');
    case 403:
      throw new RemitError('forbidden', 'clio.forbidden', { clioMessage: message });
    case 404:
      throw new RemitError('not_found', 'clio.not_found');
    case 410:
      throw new RemitError('clio', 'clio.version_retired', { version: CLIO_API_VERSION });
    case 422:
      throw new RemitError('not_allowed', 'clio.refused', { clioMessage: sentence(message) });
    default:
      throw new RemitError('clio', 'clio.error', { clioMessage: message, status: response.status });
  }
}

/** Clio's validation messages come without a full stop; Remit's messages are sentences. */
function sentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

const unreadable = Symbol('unreadable');

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return unreadable;
  }
}

/** Exponential backoff with full jitter: many clients retrying never move in step. */
function backoffMs(failures: number): number {
  return Math.random() * Math.min(15_000, 400 * 2 ** failures);
}
