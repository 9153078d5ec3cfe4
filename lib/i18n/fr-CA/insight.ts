import type { insightText as english } from '../en/insight';

/** Collection insight, in Canadian French. */
export const insightText: Record<keyof typeof english, string> = {
  'insight.open': 'Analyse du recouvrement',
  'insight.heading': 'Analyse du recouvrement',
  'insight.back': 'Retour aux factures',
  'insight.history_being_read':
    'La première synchronisation lit encore l’historique du cabinet\u00a0: ces chiffres n’en reflètent qu’une partie jusqu’à ce qu’elle se termine.',
  'insight.unreadable': 'L’analyse n’a pas pu être calculée.',
  'insight.days_to_pay': 'Délai de paiement, 90 derniers jours',
  'insight.days_to_pay_none': 'Aucune facture payée dans les 90 derniers jours',
  'insight.days_value': '{days, plural, one {# jour} other {# jours}}',
  'insight.days_to_pay_formula':
    '{bills, plural, one {À partir de # facture payée} other {À partir de # factures payées}} en entier par un paiement dans les 90 derniers jours\u00a0: le nombre de jours entre l’émission et ce paiement, en moyenne pondérée par le montant demandé au client pour chaque facture, après escomptes. Les factures réglées par une note de crédit sont exclues.',
  'insight.clients': 'Les clients les plus lents à payer, par rapport aux 90 jours précédents',
  'insight.last_90_days': '90 derniers jours',
  'insight.90_days_before': '90 jours précédents',
  'insight.change': 'Écart',
  'insight.slower': '{days, plural, one {# jour plus lent} other {# jours plus lent}}',
  'insight.faster': '{days, plural, one {# jour plus rapide} other {# jours plus rapide}}',
  'insight.collected': 'Encaissé par rapport au facturé, 12 derniers mois',
  'insight.month': 'Mois',
  'insight.billed': 'Facturé',
  'insight.collected_column': 'Encaissé',
  'insight.reversed': 'Annulé',
  'insight.collected_formula':
    'Facturé\u00a0: le total des factures émises dans le mois et non annulées depuis. Encaissé\u00a0: les paiements imputés dans le mois, moins les paiements annulés par Clio dans le mois (remboursements, rétrofacturations, contrepassations), indiqués à part comme annulés. Les notes de crédit ne comptent dans aucun des deux.',
  'insight.roll_forward': 'Évolution de l’ancienneté, ce mois-ci',
  'insight.roll_column':
    '{column, select, opening {Solde d’ouverture} paid {Payé} credited {Crédité} reinstated {Annulé, dû de nouveau} movedOut {Vieilli} movedIn {Reçu d’une tranche plus récente} added {Nouvelles factures} other {Solde de clôture}}',
  'insight.roll_forward_formula':
    'Par tranche de jours de retard\u00a0: clôture = ouverture − payé − crédité + annulé, dû de nouveau − vieilli + reçu d’une tranche plus récente + nouvelles factures. L’ouverture est le solde dû à la fin du mois dernier, reconstitué à partir des soldes d’aujourd’hui, des paiements et crédits de ce mois, et de ceux des mois précédents annulés ce mois-ci; les factures annulées ce mois-ci sont exclues. Les nouvelles factures sont celles émises ce mois-ci, en entier; ce qui y a été payé ou crédité figure sous payé et crédité.',
  'insight.trend': 'Solde impayé, 12 dernières semaines',
  'insight.week_ending': 'Semaine se terminant le',
  'insight.trend_formula':
    'Le solde dû à la fin de chaque semaine, d’après le montant que Remit conserve chaque jour de synchronisation; les semaines antérieures affichent un tiret.',
  'insight.popup_days_to_pay': 'Délai de paiement, 90 derniers jours\u00a0: {days}',
};
