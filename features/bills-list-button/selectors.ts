import type { ClioElement } from '@/lib/content/clio-element';

/** Where Remit's button goes on Clio's bills list: beside the page's heading. */
export const billsListElements = {
  billsListHeader: { name: 'billsListHeader', selector: '#main-view .page-header' },
} satisfies Record<string, ClioElement>;
