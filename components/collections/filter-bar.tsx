import { type ReactNode, useId } from 'react';
import { listedStates } from '@/lib/collections/bill-filter';
import type { QueueName } from '@/lib/collections/bill-queue';
import { type MessageKey, t } from '@/lib/i18n/text';
import { type FilterForm, hasDays, queueDays } from './filter-form';
import { field } from './styles';

const stateNames: Record<(typeof listedStates)[number], MessageKey> = {
  draft: 'collections.state_draft',
  awaiting_approval: 'collections.state_awaiting_approval',
  awaiting_payment: 'collections.state_awaiting_payment',
  paid: 'collections.state_paid',
  void: 'collections.state_void',
};

const queues: QueueName[] = [
  'never_sent',
  'sent_long_ago',
  'overdue',
  'due_soon',
  'not_shared',
  'reminders_due',
  'needs_attention',
];

function queueName(queue: QueueName, form: FilterForm): string {
  switch (queue) {
    case 'never_sent':
      return t('collections.queue_never_sent');
    case 'sent_long_ago':
      return t('collections.queue_sent_long_ago', { days: queueDays(form, queue) });
    case 'overdue':
      return t('collections.queue_overdue');
    case 'due_soon':
      return t('collections.queue_due_soon', { days: queueDays(form, queue) });
    case 'not_shared':
      return t('collections.queue_not_shared');
    case 'needs_attention':
      return t('collections.queue_needs_attention');
    case 'reminders_due':
      return t('collections.queue_reminders_due');
  }
}

/** Every filter the workspace has, as native controls: each change lists the bills again at once. */
export function FilterBar({
  form,
  currencies,
  onChange,
}: {
  form: FilterForm;
  currencies: readonly string[];
  onChange: (form: FilterForm) => void;
}) {
  const change = (part: Partial<FilterForm>) => onChange({ ...form, ...part });
  const { queue } = form;
  return (
    <search aria-label={t('collections.filters')} className="flex flex-wrap items-end gap-3">
      <Labelled label={t('collections.queue')}>
        {(id) => (
          <select
            id={id}
            className={field}
            value={queue}
            onChange={(event) => change({ queue: event.target.value as FilterForm['queue'] })}
          >
            <option value="">{t('collections.no_queue')}</option>
            {queues.map((name) => (
              <option key={name} value={name}>
                {queueName(name, form)}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      {hasDays(queue) && (
        <Labelled label={t('collections.queue_days')}>
          {(id) => (
            <input
              id={id}
              type="number"
              min={0}
              max={3650}
              className={`${field} w-20`}
              value={form.days[queue]}
              onChange={(event) => change({ days: { ...form.days, [queue]: event.target.value } })}
            />
          )}
        </Labelled>
      )}
      <Labelled label={t('collections.search')}>
        {(id) => (
          <input
            id={id}
            type="search"
            className={`${field} w-56`}
            value={form.search}
            onChange={(event) => change({ search: event.target.value })}
          />
        )}
      </Labelled>
      <Labelled label={t('collections.state')}>
        {(id) => (
          <select
            id={id}
            className={field}
            value={form.state}
            onChange={(event) => change({ state: event.target.value as FilterForm['state'] })}
          >
            <option value="">{t('collections.any_state')}</option>
            {listedStates.map((state) => (
              <option key={state} value={state}>
                {t(stateNames[state])}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      <Labelled label={t('collections.currency')}>
        {(id) => (
          <select
            id={id}
            className={field}
            value={form.currency}
            onChange={(event) => change({ currency: event.target.value })}
          >
            <option value="">{t('collections.any_currency')}</option>
            {currencies.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      <Labelled label={t('collections.kind')}>
        {(id) => (
          <select
            id={id}
            className={field}
            value={form.kind}
            onChange={(event) => change({ kind: event.target.value as FilterForm['kind'] })}
          >
            <option value="">{t('collections.any_kind')}</option>
            <option value="invoice">{t('collections.kind_invoice')}</option>
            <option value="trust">{t('collections.kind_trust')}</option>
          </select>
        )}
      </Labelled>
    </search>
  );
}

/** A control with its label above it; the control takes the id the label points to. */
function Labelled({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-xs font-medium">
        {label}
      </label>
      {children(id)}
    </div>
  );
}
