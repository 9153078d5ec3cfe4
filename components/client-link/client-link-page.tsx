import { type FormEvent, useEffect, useState } from 'react';
import { sayError } from '@/lib/error-text';
import { say, t } from '@/lib/i18n/text';
import type { ClientLinkQuery } from '@/lib/payment-links/client-link-query';
import { DEFAULT_LINK_DAYS, linkDays } from '@/lib/payment-links/link-duration';
import { MAX_BILLS_PER_LINK } from '@/lib/payment-links/link-plan';
import type { CreatedLinksView, LinkPlanView, PayableBills } from '@/lib/payment-links/messages';
import { sendMessage } from '@/lib/send-message';
import { buttonClass } from '../button-class';
import { DurationField } from '../payment-link/duration-field';
import { LinkPreview } from '../payment-link/link-preview';
import { BillChoice } from './bill-choice';
import { CreatedLinks } from './created-links';

type Plan =
  | { status: 'none' }
  | { status: 'ready'; plan: LinkPlanView }
  | { status: 'refused'; message: string };

/**
 * One link for several bills of one client: choose the bills, see what a payment settles and into
 * which account, then make the links (two when trust requests and invoices are mixed).
 */
export function ClientLinkPage({ query }: { query: ClientLinkQuery }) {
  const [payable, setPayable] = useState<PayableBills | null>(null);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(() => new Set(query.billIds));
  const [plan, setPlan] = useState<Plan>({ status: 'none' });
  const [days, setDays] = useState(String(DEFAULT_LINK_DAYS));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedLinksView | null>(null);

  useEffect(() => {
    if (query.clientId === null) {
      setLoadProblem(t('client_link.no_client'));
      return;
    }
    sendMessage('getPayableBills', { clientId: query.clientId }).then(setPayable, (error: unknown) =>
      setLoadProblem(sayError(error, 'client_link.bills_not_loaded')),
    );
  }, [query.clientId]);

  useEffect(() => {
    if (chosen.size === 0) {
      setPlan({ status: 'none' });
      return;
    }
    let current = true;
    sendMessage('planPaymentLinks', { billIds: [...chosen] }).then(
      (next) => current && setPlan({ status: 'ready', plan: next }),
      (error: unknown) =>
        current && setPlan({ status: 'refused', message: sayError(error, 'client_link.no_link_fits') }),
    );
    return () => {
      current = false;
    };
  }, [chosen]);

  const toggle = (billId: number, on: boolean) => {
    setProblem(null);
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(billId);
      else next.delete(billId);
      return next;
    });
  };

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const duration = linkDays(days);
    if ('problem' in duration) {
      setProblem(say(duration.problem));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      setCreated(
        await sendMessage('createPaymentLinks', { billIds: [...chosen], durationDays: duration.days }),
      );
    } catch (error) {
      setProblem(sayError(error, 'client_link.links_not_made'));
    } finally {
      setBusy(false);
    }
  };

  const links = plan.status === 'ready' ? plan.plan.links : [];
  const clientName = payable?.client.name ?? null;
  return (
    <main className="mx-auto grid max-w-2xl gap-5 p-8 font-sans text-sm text-slate-800 dark:text-slate-100">
      <h1 className="text-xl font-semibold">
        {/* The client's name stays in its own isolated element, after the words that introduce it. */}
        {clientName === null ? (
          t('client_link.heading_unnamed_client')
        ) : (
          <>
            {t('client_link.heading_for')} <bdi>{clientName}</bdi>
          </>
        )}
      </h1>
      {loadProblem && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-900">
          {loadProblem}
        </p>
      )}
      {created ? (
        <CreatedLinks created={created} />
      ) : (
        payable && (
          <form aria-label={t('client_link.form')} className="grid gap-4" onSubmit={create} noValidate>
            <p>{t('client_link.explained', { max: MAX_BILLS_PER_LINK })}</p>
            <BillChoice bills={payable.bills} chosen={chosen} onToggle={toggle} />
            <p className="flex items-center gap-3">
              <span role="status">{t('client_link.chosen', { count: chosen.size })}</span>
              {chosen.size > 0 && (
                <button
                  type="button"
                  className={`${buttonClass} border border-slate-300`}
                  onClick={() => setChosen(new Set())}
                >
                  {t('client_link.clear')}
                </button>
              )}
            </p>
            {plan.status === 'refused' && (
              <p role="alert" className="rounded-md bg-amber-50 p-3 text-amber-900">
                {plan.message}
              </p>
            )}
            {links.map((link, index) => (
              <LinkPreview
                key={`${link.purpose} ${link.currencyCode}`}
                link={link}
                index={index}
                count={links.length}
                headingLevel={2}
              />
            ))}
            <DurationField value={days} onChange={setDays} />
            {problem && (
              <p role="alert" className="rounded-md bg-red-50 p-3 text-red-900">
                {problem}
              </p>
            )}
            <button
              type="submit"
              className={`${buttonClass} justify-self-start bg-blue-700 text-white hover:bg-blue-800`}
              disabled={busy || links.length === 0}
            >
              {busy ? t('client_link.making') : t('client_link.create', { count: links.length })}
            </button>
          </form>
        )
      )}
    </main>
  );
}
