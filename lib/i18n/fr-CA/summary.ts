import type { summaryText as english } from '../en/summary';

/** Words the receivables summary names things with, until the popup shows them, in Canadian French. */
export const summaryText: Record<keyof typeof english, string> = {
  'summary.bill': 'Facture {number}',
  'summary.bill_of_client': 'Facture {number}, {client}',
  'summary.link_description': '{description}',
  'summary.payment_link': 'Lien de paiement',
  'summary.payment_numbered': 'Paiement {confirmation}',
  'summary.payment': 'Paiement',
  'summary.paid_period':
    '{period, select, thisMonth {Ce mois-ci} last30Days {30 derniers jours} other {Cette année}}',
  'summary.aging_bucket':
    '{bucket, select, current {Courant} days1To30 {1–30 jours} days31To60 {31–60 jours} days61To90 {61–90 jours} other {91 jours et plus}}',
};
