import type { Context } from 'hono';
import type { AppEnv, SandboxContext } from '../context.ts';
import { clioError } from '../http/clio-error.ts';
import { parseFields } from '../http/fields.ts';
import { collectPage, decodePageToken, indexAfter, nextPageUrl, parseLimit } from '../http/paging.ts';
import { idsParam, timestampParam } from '../http/query.ts';
import { originOf } from '../http/region.ts';
import { checkFields, type RenderContext, type Resource, render } from '../http/render.ts';
import { checkParameters } from './index-parameters.ts';

export interface Listable {
  id: number;
  updatedMs: number;
  created_at: string;
}

export interface ListSource<T> {
  /** Ascending by id. */
  rows: readonly T[];
  get(id: number): T | undefined;
}

export type Filter<T> = (row: T) => boolean;

export function renderContext(c: Context, ctx: SandboxContext): RenderContext {
  return { state: ctx.state, origin: originOf(c), nowMs: ctx.state.clock.nowMs() };
}

/** updated_since and created_since (both strictly after), where the index documents them. */
function commonFilters<T extends Listable>(c: Context, documents: (name: string) => boolean): Filter<T>[] {
  const filters: Filter<T>[] = [];
  const updatedSince = documents('updated_since') ? timestampParam(c, 'updated_since') : undefined;
  if (updatedSince !== undefined) filters.push((row) => row.updatedMs > updatedSince);
  const createdSince = documents('created_since') ? timestampParam(c, 'created_since') : undefined;
  if (createdSince !== undefined) filters.push((row) => Date.parse(row.created_at) > createdSince);
  return filters;
}

/** An index response: fields, filters, cursor paging and the `next` URL. */
export function respondIndex<T extends Listable>(
  c: Context<AppEnv>,
  ctx: SandboxContext,
  resource: Resource<T>,
  source: ListSource<T>,
  filters: Filter<T>[],
) {
  const documents = checkParameters(c, ctx);
  const fields = checkFields(resource, parseFields(c.req.query('fields')));
  const limit = parseLimit(c.req.query('limit'));
  const afterId = decodePageToken(c.req.query('page_token'));
  const ids = documents('ids[]') ? idsParam(c) : undefined;
  // With ids[], only those records are walked instead of the whole table.
  const rows = ids
    ? [...new Set(ids)]
        .sort((a, b) => a - b)
        .map((id) => source.get(id))
        .filter((row): row is T => row !== undefined)
    : source.rows;
  const all = [...commonFilters<T>(c, documents), ...filters];
  const page = collectPage(rows, indexAfter(rows, afterId), limit, (row) =>
    all.every((filter) => filter(row)),
  );
  const renderCtx = renderContext(c, ctx);
  const paging: { next?: string } = {};
  if (page.nextAfterId !== null) paging.next = nextPageUrl(c.req.url, page.nextAfterId);
  return c.json({
    data: page.items.map((row) => render(resource, row, fields, renderCtx)),
    meta: { paging },
  });
}

/** A show response with ETag / If-None-Match (304) and Last-Modified. */
export function respondShow<T extends Listable & { etag: string }>(
  c: Context<AppEnv>,
  ctx: SandboxContext,
  resource: Resource<T>,
  record: T | undefined,
  status: 200 | 201 = 200,
) {
  const fields = checkFields(resource, parseFields(c.req.query('fields')));
  if (!record) return clioError(c, 404, `${resource.name} not found`);
  c.header('ETag', record.etag);
  c.header('Last-Modified', new Date(record.updatedMs).toUTCString());
  if (status === 200 && c.req.header('if-none-match') === record.etag) return c.body(null, 304);
  return c.json({ data: render(resource, record, fields, renderContext(c, ctx)) }, status);
}

export function idParam(c: Context): number {
  const raw = c.req.param('id') ?? '';
  return /^\d+$/.test(raw) ? Number(raw) : -1;
}

/** PATCH with If-Match: 412 when the client's etag is stale. */
export function preconditionFailed(c: Context, etag: string) {
  const ifMatch = c.req.header('if-match');
  if (ifMatch !== undefined && ifMatch !== etag && ifMatch !== '*') {
    return clioError(c, 412, 'The record has changed since it was last read (If-Match does not match)');
  }
  return undefined;
}

/** Reads Clio's `{"data": {...}}` request body. */
export async function readData(c: Context): Promise<Record<string, unknown> | undefined> {
  const body = (await c.req.json().catch(() => undefined)) as { data?: unknown } | undefined;
  const data = body?.data;
  return typeof data === 'object' && data !== null && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : undefined;
}
