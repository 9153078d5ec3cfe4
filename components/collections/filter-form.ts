import type { BillFilter, BillKind, ListedState } from '@/lib/collections/bill-filter';
import type { QueueName } from '@/lib/collections/bill-queue';

export type QueueWithDays = 'sent_long_ago' | 'due_soon';

/** The filter bar as the user left it: text as typed, an empty choice for "any". */
export interface FilterForm {
  search: string;
  state: ListedState | '';
  currency: string;
  kind: BillKind | '';
  queue: QueueName | '';
  /** Each queue keeps its own number of days while another queue is chosen. */
  days: Record<QueueWithDays, string>;
}

export const initialForm: FilterForm = {
  search: '',
  state: '',
  currency: '',
  kind: '',
  queue: '',
  days: { sent_long_ago: '30', due_soon: '7' },
};

export const hasDays = (queue: FilterForm['queue']): queue is QueueWithDays =>
  queue === 'sent_long_ago' || queue === 'due_soon';

/** The days the user typed, or the queue's usual number while the box holds no whole number. */
export function queueDays(form: FilterForm, queue: QueueWithDays): number {
  const typed = Number(form.days[queue]);
  return Number.isInteger(typed) && typed >= 0 && typed <= 3650 ? typed : Number(initialForm.days[queue]);
}

export function toBillFilter(form: FilterForm): BillFilter {
  const { queue } = form;
  return {
    state: form.state || null,
    search: form.search,
    currency: form.currency || null,
    kind: form.kind || null,
    queue:
      queue === '' ? null : hasDays(queue) ? { name: queue, days: queueDays(form, queue) } : { name: queue },
  };
}
