import { Hono } from 'hono';
import type { AppEnv, SandboxContext } from '../context.ts';
import { originOf } from '../http/region.ts';
import { BillResource } from '../resources/bill.ts';
import { linkUrl } from '../resources/clio-payments-link.ts';
import { linkIsActive } from '../state/links.ts';
import { touch } from '../state/touch.ts';
import type { PaymentType } from '../state/types.ts';
import { SandboxError } from '../support/errors.ts';
import { amountToCents } from '../support/money.ts';
import { BILL_MONEY_KEYS, plain, plainBill } from './plain.ts';

async function jsonBody(c: { req: { json(): Promise<unknown> } }): Promise<Record<string, unknown>> {
  const body = await c.req.json().catch(() => ({}));
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
}

function billId(raw: string | undefined): number {
  if (!raw || !/^\d+$/.test(raw)) throw new SandboxError(404, `Bill ${raw} not found`);
  return Number(raw);
}

function positiveInteger(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new SandboxError(400, `${name} must be a positive integer`);
  }
  return value;
}

/** /__sandbox: inspect and steer the sandbox from tests. No auth, no faults, no rate limit. */
export function controlRoutes(ctx: SandboxContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>().basePath('/__sandbox');
  const data = () => ctx.state.data;

  routes.post('/reset', async (c) => {
    const body = await jsonBody(c);
    ctx.state.reset({ seed: positiveInteger(body.seed, 'seed'), size: positiveInteger(body.size, 'size') });
    return c.json({ seed: ctx.state.seed, size: ctx.state.size, today: ctx.state.clock.today });
  });

  routes.get('/state', (c) => {
    const nowMs = ctx.state.clock.nowMs();
    const billsByState: Record<string, number> = {};
    for (const bill of data().bills.rows) billsByState[bill.state] = (billsByState[bill.state] ?? 0) + 1;
    return c.json({
      seed: ctx.state.seed,
      size: ctx.state.size,
      today: ctx.state.clock.today,
      counts: {
        users: data().users.size,
        contacts: data().contacts.size,
        matters: data().matters.size,
        bankAccounts: data().bankAccounts.size,
        bills: data().bills.size,
        billsByState,
        allocations: data().allocations.size,
        links: data().links.size,
        payments: data().payments.size,
        activeAccessTokens: ctx.oauth.activeAccessTokens,
      },
      sends: ctx.state.sends,
      links: data().links.rows.map((link) => ({
        ...plain(link),
        active: linkIsActive(link, nowMs),
        url: linkUrl(originOf(c), link),
      })),
      payments: data().payments.rows.map(plain),
      redirectUris: [...ctx.oauth.redirectUris],
      faults: ctx.faults.active,
      rateLimit: ctx.rateLimiter.config,
      requests: ctx.counters.snapshot(),
    });
  });

  routes.post('/requests/reset', (c) => {
    ctx.counters.reset();
    return c.json({ requests: ctx.counters.snapshot() });
  });

  routes.get('/bills', (c) => c.json({ bills: data().bills.rows.map(plainBill) }));
  routes.get('/bills/:id', (c) => {
    const bill = data().bills.get(billId(c.req.param('id')));
    if (!bill) throw new SandboxError(404, 'Bill not found');
    return c.json({ bill: plainBill(bill) });
  });
  routes.patch('/bills/:id', async (c) => {
    const changes: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(await jsonBody(c))) {
      const centsKey = BILL_MONEY_KEYS[key];
      if (centsKey && typeof value === 'number') changes[centsKey] = amountToCents(value);
      else changes[key] = value;
    }
    return c.json({ bill: plainBill(ctx.state.updateBill(billId(c.req.param('id')), changes)) });
  });
  routes.post('/bills/:id/pay', async (c) => {
    const body = await jsonBody(c);
    if (typeof body.amount !== 'number') throw new SandboxError(400, 'amount (a number) is required');
    const type = (body.payment_type ?? 'check') as PaymentType;
    if (!['card', 'eCheck', 'check'].includes(type))
      throw new SandboxError(400, 'payment_type must be card, eCheck or check');
    const id = billId(c.req.param('id'));
    const allocation = ctx.state.payBill(id, amountToCents(body.amount), type);
    const bill = data().bills.get(id);
    return c.json({ bill: bill && plainBill(bill), allocation: plain(allocation) });
  });
  routes.post('/bills/:id/void', (c) =>
    c.json({ bill: plainBill(ctx.state.voidBill(billId(c.req.param('id')))) }),
  );
  routes.post('/bills/:id/corrupt', async (c) => {
    const body = await jsonBody(c);
    const field = typeof body.field === 'string' ? BillResource.fields[body.field] : undefined;
    if (field?.kind !== 'scalar' || !('value' in body))
      throw new SandboxError(400, 'field (a scalar field of Bill) and value are required');
    const bill = ctx.state.corruptBill(billId(c.req.param('id')), body.field as string, body.value);
    return c.json({ bill: plainBill(bill) });
  });
  routes.delete('/bills/:id', (c) =>
    c.json({ bill: plainBill(ctx.state.deleteBill(billId(c.req.param('id')))) }),
  );

  routes.get('/contacts', (c) => c.json({ contacts: data().contacts.rows.map(plain) }));
  routes.get('/matters', (c) => c.json({ matters: data().matters.rows.map(plain) }));
  routes.get('/allocations', (c) => c.json({ allocations: data().allocations.rows.map(plain) }));
  routes.delete('/allocations/:id', (c) =>
    c.json({ bill: plainBill(ctx.state.deleteAllocation(Number(c.req.param('id')))) }),
  );
  routes.get('/links', (c) => {
    const nowMs = ctx.state.clock.nowMs();
    return c.json({
      links: data().links.rows.map((link) => ({
        ...plain(link),
        active: linkIsActive(link, nowMs),
        url: linkUrl(originOf(c), link),
      })),
    });
  });
  routes.patch('/links/:id', async (c) => {
    const link = data().links.get(Number(c.req.param('id')));
    if (!link) throw new SandboxError(404, `ClioPaymentsLink ${c.req.param('id')} not found`);
    const body = await jsonBody(c);
    if (typeof body.url !== 'string')
      throw new SandboxError(400, 'url (a string) is the one field that can be set');
    link.urlOverride = body.url;
    touch(data(), 'ClioPaymentsLink', link, ctx.state.clock.nowMs());
    return c.json({ link: plain(link) });
  });
  routes.get('/payments', (c) => c.json({ payments: data().payments.rows.map(plain) }));
  routes.post('/link-limits', async (c) => {
    const body = await jsonBody(c);
    const limit = (value: unknown, name: string) =>
      value === null || value === undefined ? null : (positiveInteger(value, name) ?? null);
    ctx.state.linkLimits = { active: limit(body.active, 'active'), daily: limit(body.daily, 'daily') };
    return c.json({ linkLimits: ctx.state.linkLimits });
  });
  routes.get('/bank-accounts', (c) => c.json({ bankAccounts: data().bankAccounts.rows.map(plain) }));
  routes.patch('/bank-accounts/:id', async (c) => {
    const account = data().bankAccounts.get(Number(c.req.param('id')));
    if (!account) throw new SandboxError(404, `BankAccount ${c.req.param('id')} not found`);
    const body = await jsonBody(c);
    if (typeof body.clio_payments_enabled !== 'boolean') {
      throw new SandboxError(400, 'clio_payments_enabled (a boolean) is the one field that can be changed');
    }
    account.clio_payments_enabled = body.clio_payments_enabled;
    touch(data(), 'BankAccount', account, ctx.state.clock.nowMs());
    return c.json({ bankAccount: plain(account) });
  });

  routes.patch('/contacts/:id', async (c) => {
    const contact = data().contacts.get(Number(c.req.param('id')));
    if (!contact) throw new SandboxError(404, `Contact ${c.req.param('id')} not found`);
    const body = await jsonBody(c);
    if (typeof body.reminders_enabled !== 'boolean') {
      throw new SandboxError(400, 'reminders_enabled (a boolean) is the one field that can be changed');
    }
    contact.reminders_enabled = body.reminders_enabled;
    touch(data(), 'Contact', contact, ctx.state.clock.nowMs());
    return c.json({ contact: plain(contact) });
  });

  routes.post('/sends/refusal', async (c) => {
    const { message, billId = null } = await jsonBody(c);
    if (message !== null && typeof message !== 'string')
      throw new SandboxError(400, 'message must be a string, or null to send again');
    if (billId !== null && !Number.isSafeInteger(billId))
      throw new SandboxError(400, 'billId must be a bill id, or absent to refuse every bill');
    ctx.state.sendRefusal = message;
    ctx.state.sendRefusalBillId = billId as number | null;
    return c.json({ sendRefusal: ctx.state.sendRefusal, billId: ctx.state.sendRefusalBillId });
  });

  routes.post('/faults', async (c) => {
    ctx.faults.configure(await jsonBody(c));
    return c.json({ faults: ctx.faults.active });
  });
  routes.delete('/faults', (c) => {
    ctx.faults.clear();
    return c.json({ faults: ctx.faults.active });
  });

  routes.post('/tokens/expire', (c) => {
    ctx.oauth.expireAll();
    return c.json({ ok: true });
  });
  routes.post('/tokens/revoke', (c) => {
    ctx.oauth.revokeAll();
    return c.json({ ok: true });
  });
  routes.post('/oauth/redirect-uris', async (c) => {
    const { uri } = await jsonBody(c);
    if (typeof uri !== 'string' || !URL.canParse(uri))
      throw new SandboxError(400, 'uri must be an absolute URL');
    ctx.oauth.redirectUris.add(uri);
    return c.json({ redirectUris: [...ctx.oauth.redirectUris] });
  });
  routes.post('/rate-limit', async (c) => {
    const body = await jsonBody(c);
    const limit = positiveInteger(body.limit, 'limit');
    const windowMs = positiveInteger(body.windowMs, 'windowMs');
    if (limit === undefined || windowMs === undefined)
      throw new SandboxError(400, 'limit and windowMs are required');
    ctx.rateLimiter.configure({ limit, windowMs });
    return c.json({ rateLimit: ctx.rateLimiter.config });
  });

  return routes;
}
