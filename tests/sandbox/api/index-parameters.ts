import type { Context } from 'hono';
import type { SandboxContext } from '../context.ts';
import { QueryError } from '../http/query.ts';

/**
 * The query parameters Clio's description lists for each index the sandbox serves. Clio may ignore
 * anything else: so does the sandbox (it counts it, for tests), or it refuses it with a 400 when
 * started with `undocumentedParameters: 'refuse'`. The contract test checks this table against
 * Clio's OpenAPI description.
 */
export const indexParameters: Record<string, readonly string[]> = {
  '/bills': [
    'bill_number',
    'client_id',
    'created_since',
    'currency_id',
    'custom_field_values',
    'due_after',
    'due_at',
    'due_before',
    'fields',
    'ids[]',
    'issued_after',
    'issued_before',
    'last_sent_end_date',
    'last_sent_start_date',
    'limit',
    'matter_id',
    'order',
    'originating_attorney_id',
    'overdue_only',
    'page_token',
    'query',
    'responsible_attorney_id',
    'state',
    'status',
    'type',
    'updated_since',
  ],
  '/contacts': [
    'client_only',
    'clio_connect_only',
    'created_since',
    'custom_field_ids[]',
    'custom_field_values',
    'email_only',
    'exclude_ids[]',
    'fields',
    'ids[]',
    'initial',
    'limit',
    'order',
    'page_token',
    'query',
    'shared_resource_id',
    'type',
    'updated_since',
  ],
  '/matters': [
    'billable',
    'client_id',
    'close_date[]',
    'created_since',
    'currency_id',
    'custom_field_ids[]',
    'custom_field_values',
    'fields',
    'grant_id',
    'group_id',
    'ids[]',
    'limit',
    'notification_event_subscriber_user_id',
    'open_date[]',
    'order',
    'originating_attorney_id',
    'page_token',
    'pending_date[]',
    'practice_area_id',
    'query',
    'responsible_attorney_id',
    'responsible_staff_id',
    'status',
    'subscriber_user_id',
    'updated_since',
  ],
  '/bank_accounts': [
    'created_since',
    'fields',
    'ids[]',
    'limit',
    'order',
    'page_token',
    'show_empty_accounts',
    'status',
    'type',
    'updated_since',
    'user_id',
  ],
  '/allocations': [
    'bill_id',
    'contact_id',
    'created_since',
    'fields',
    'ids[]',
    'limit',
    'matter_id',
    'order',
    'page_token',
    'parent_id',
    'parent_type',
    'status',
    'updated_since',
  ],
  '/outstanding_client_balances': [
    'contact_id',
    'fields',
    'last_paid_end_date',
    'last_paid_start_date',
    'limit',
    'newest_bill_due_end_date',
    'newest_bill_due_start_date',
    'originating_attorney_id',
    'page_token',
    'responsible_attorney_id',
  ],
  '/clio_payments/links': [
    'active',
    'created_since',
    'fields',
    'ids[]',
    'limit',
    'page_token',
    'updated_since',
  ],
  '/clio_payments/payments': ['bill_id', 'contact_id', 'fields', 'ids[]', 'limit', 'page_token', 'state'],
};

/** The index a request is for, as the table above names it: `/api/v4/bills.json` is `/bills`. */
function indexOf(c: Context): string {
  return new URL(c.req.url).pathname.replace(/^\/api\/v4/, '').replace(/\.json$/, '');
}

/**
 * Whether the index documents `name`. Undocumented parameters in the request are counted, or
 * refused when the sandbox is told to.
 */
export function checkParameters(c: Context, ctx: SandboxContext): (name: string) => boolean {
  const index = indexOf(c);
  const documented = indexParameters[index] ?? [];
  const sent = [...new URL(c.req.url).searchParams.keys()];
  const undocumented = [...new Set(sent.filter((name) => !documented.includes(name)))];
  for (const name of undocumented) ctx.counters.recordUndocumented(`GET ${index}`, name);
  if (undocumented.length > 0 && ctx.undocumentedParameters === 'refuse') {
    throw new QueryError(`Unknown parameter for ${index}: ${undocumented.join(', ')}`);
  }
  return (name) => documented.includes(name);
}
