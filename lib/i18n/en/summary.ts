/** Words the receivables summary names things with, kept as messages until the popup shows them. */
export const summaryText = {
  'summary.bill': 'Bill {number}',
  'summary.bill_of_client': 'Bill {number}, {client}',
  'summary.link_description': '{description}',
  'summary.payment_link': 'Payment link',
  'summary.payment_numbered': 'Payment {confirmation}',
  'summary.payment': 'Payment',
  'summary.paid_period':
    '{period, select, thisMonth {This month} last30Days {Last 30 days} other {This year}}',
  'summary.aging_bucket':
    '{bucket, select, current {Current} days1To30 {1–30 days} days31To60 {31–60 days} days61To90 {61–90 days} other {91+ days}}',
} as const;
