/**
 * Every part of Clio's own page that Remit touches, in one place. Clio's DOM is not public: these were
 * written against the sandbox replica (tests/sandbox/web), which follows Clio's help pages. Each one is
 * tested against that replica; when the live page differs, this is the file to adjust.
 */
export interface ClioElement {
  selector: string;
  /** Named in the message a user sees when the element is missing. */
  description: string;
}

export const clioPage = {
  billSummary: {
    selector: '.bill-show .bill-summary',
    description: 'the bill’s summary (total, paid, balance)',
  },
} satisfies Record<string, ClioElement>;
