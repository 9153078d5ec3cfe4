import { Hono } from 'hono';
import type { AppEnv, SandboxContext } from '../context.ts';
import { originOf } from '../http/region.ts';
import { linkUrl } from '../resources/clio-payments-link.ts';
import { billsOfLink, findLinkByToken, linkIsActive } from '../state/links.ts';
import type { PaymentLink } from '../state/types.ts';
import { amountToCents, centsToAmount } from '../support/money.ts';
import { billDetail, billSummary } from './bill-view.ts';

const LIST_LIMIT = 500;

function linkView(ctx: SandboxContext, origin: string, link: PaymentLink) {
  return {
    token: link.token,
    url: linkUrl(origin, link),
    amount: link.amountCents === null ? null : centsToAmount(link.amountCents),
    currency: link.currency,
    active: linkIsActive(link, ctx.state.clock.nowMs()),
    expires_at: link.expires_at,
    description: link.description,
    bill_ids: billsOfLink(ctx.state.data, link).map((bill) => bill.id),
  };
}

const numericId = (raw: string | undefined) => (raw && /^\d+$/.test(raw) ? Number(raw) : -1);

/** JSON the web-app replica, client portal and pay pages are built on. No auth: it stands for a logged-in session. */
export function replicaDataRoutes(ctx: SandboxContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const data = () => ctx.state.data;

  routes.get('/nc/data/session', (c) => {
    const user = data().users.rows[0];
    return c.json({
      user: { id: user?.id, name: user?.name, email: user?.email },
      firm: { name: data().firm.name },
    });
  });

  routes.get('/nc/data/bills', (c) => {
    const bills = [];
    const rows = data().bills.rows;
    for (let index = rows.length - 1; index >= 0 && bills.length < LIST_LIMIT; index--) {
      const bill = rows[index];
      if (bill && bill.state !== 'deleted') bills.push(billSummary(data(), bill));
    }
    return c.json({ bills });
  });

  routes.get('/nc/data/bills/:id', (c) => {
    const bill = data().bills.get(numericId(c.req.param('id')));
    if (!bill || bill.state === 'deleted') return c.json({ error: 'Bill not found' }, 404);
    return c.json({ bill: billDetail(data(), bill) });
  });

  routes.get('/nc/data/bills/:id/send-options', (c) => {
    const bill = data().bills.get(numericId(c.req.param('id')));
    if (!bill || bill.state === 'deleted') return c.json({ error: 'Bill not found' }, 404);
    return c.json({ email: data().contacts.get(bill.clientId)?.primary_email_address ?? null });
  });

  routes.post('/nc/data/bills/:id/send', async (c) => {
    const refused = ctx.state.sendRefusalBillId;
    if (ctx.state.sendRefusal !== null && (refused === null || refused === numericId(c.req.param('id'))))
      return c.json({ error: { message: ctx.state.sendRefusal } }, 422);
    const body = (await c.req.json().catch(() => ({}))) as {
      portal?: unknown;
      email?: unknown;
      subject?: unknown;
      message?: unknown;
    };
    const bill = ctx.state.recordSend(numericId(c.req.param('id')), {
      portal: body.portal === true,
      email: body.email === true,
      subject: typeof body.subject === 'string' ? body.subject : '',
      message: typeof body.message === 'string' ? body.message : '',
    });
    return c.json({ bill: billDetail(data(), bill) });
  });

  routes.get('/portal/data/:contactId', (c) => {
    const contact = data().contacts.get(numericId(c.req.param('contactId')));
    if (!contact) return c.json({ error: 'Contact not found' }, 404);
    const bills = data()
      .bills.rows.filter((bill) => bill.clientId === contact.id && bill.shared && bill.state !== 'deleted')
      .map((bill) => billSummary(data(), bill));
    const origin = originOf(c);
    const links = data()
      .links.rows.filter((link) => {
        if (link.subject.type === 'Contact') return link.subject.id === contact.id;
        if (link.subject.type === 'Bill') return data().bills.get(link.subject.id)?.clientId === contact.id;
        return link.destinationContactId === contact.id;
      })
      .map((link) => linkView(ctx, origin, link));
    return c.json({ contact: { id: contact.id, name: contact.name }, bills, links });
  });

  routes.get('/clio_payments/pay/:token/data', (c) => {
    const link = findLinkByToken(data(), c.req.param('token'));
    if (!link) return c.json({ error: 'This payment link does not exist' }, 404);
    const { bill_ids: _ids, url: _url, ...view } = linkView(ctx, originOf(c), link);
    return c.json({ link: view, bills: billsOfLink(data(), link).map((bill) => billSummary(data(), bill)) });
  });

  routes.post('/clio_payments/pay/:token', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { amount?: unknown };
    const amountCents = typeof body.amount === 'number' ? amountToCents(body.amount) : undefined;
    const payment = ctx.state.payWithLink(c.req.param('token'), amountCents);
    return c.json({
      payment: {
        id: payment.id,
        amount: centsToAmount(payment.amountCents),
        currency: payment.currency,
        state: payment.state,
        confirmation_number: payment.confirmation_number,
        bill_ids: payment.billIds,
      },
    });
  });

  return routes;
}
