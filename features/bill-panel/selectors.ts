import type { ClioElement } from '@/lib/content/clio-element';

/** Where the panel goes on Clio's bill page. */
export const billPageElements = {
  billSummary: { name: 'billSummary', selector: '.bill-show .bill-summary' },
} satisfies Record<string, ClioElement>;
