import type { clientLinkText as english } from '../en/client-link';

/** Words of the page that makes one payment link for several of a client’s bills, in Canadian French. */
export const clientLinkText: Record<keyof typeof english, string> = {
  'client_link.page_title': 'Remit pour Clio\u00a0: un seul lien de paiement pour plusieurs factures',
  'client_link.no_client':
    'Ouvrez cette page à partir d’un client dans la fenêtre contextuelle de Remit ou à partir du panneau d’une facture.',
  'client_link.bills_not_loaded': 'Remit n’a pas pu charger les factures de ce client.',
  'client_link.no_link_fits': 'Aucun lien ne convient.',
  'client_link.links_not_made': 'Les liens n’ont pas été créés.',
  'client_link.heading_for': 'Un seul lien de paiement pour',
  'client_link.heading_unnamed_client': 'Un seul lien de paiement pour un client',
  'client_link.form': 'Lien de paiement pour plusieurs factures',
  'client_link.explained':
    'Choisissez jusqu’à {max} factures. Clio impute d’abord un paiement fait au moyen du lien d’un client aux factures impayées les plus anciennes de ce client; les demandes de fidéicommis et les factures ont chacune leur propre lien.',
  'client_link.chosen': '{count, plural, one {# facture choisie} other {# factures choisies}}',
  'client_link.clear': 'Effacer',
  'client_link.making': 'Création des liens…',
  'client_link.create': '{count, plural, =0 {Créer le lien} one {Créer le lien} other {Créer # liens}}',

  'client_link.no_bills': 'Ce client n’a aucune facture en attente de paiement dans le cache de Remit.',
  'client_link.bills': 'Factures en attente de paiement',
  'client_link.bill_column': 'Facture',
  'client_link.due_column': 'Échéance',
  'client_link.kind_column': 'Type',
  'client_link.outstanding_column': 'Impayé',
  'client_link.bill': 'Facture {number}',
  'client_link.trust_request': 'Demande de fidéicommis',
  'client_link.invoice': 'Facture',

  'client_link.planned': '{purpose}, {amount} dans {account}',
  'client_link.planned_numbered': 'Lien {number} sur {count}\u00a0: {purpose}, {amount} dans {account}',
  'client_link.settles_intro': 'Un paiement de {amount} règle, dans cet ordre\u00a0:',
  'client_link.settled': '{purpose} réglées',
  'client_link.settles_in_full': 'Facture {number}\u00a0: {applied}, en totalité',
  'client_link.settles_in_full_due': 'Facture {number} (due le {due})\u00a0: {applied}, en totalité',
  'client_link.settles_partly': 'Facture {number}\u00a0: {applied} sur {balance}, en partie',
  'client_link.settles_partly_due':
    'Facture {number} (due le {due})\u00a0: {applied} sur {balance}, en partie',
  'client_link.not_oldest_invoices':
    'Ce ne sont pas les factures impayées les plus anciennes du client. Comme Clio impute un paiement aux plus anciennes d’abord, celui-ci règle les factures énumérées ci-dessus, et pas seulement celles que vous avez choisies.',
  'client_link.not_oldest_trust':
    'Ce ne sont pas les demandes de fidéicommis impayées les plus anciennes du client. Comme Clio impute un paiement aux plus anciennes d’abord, celui-ci règle les factures énumérées ci-dessus, et pas seulement celles que vous avez choisies.',

  'client_link.made': '{count, plural, one {Lien de paiement créé} other {# liens de paiement créés}}',
  'client_link.made_link': '{purpose}\u00a0: {amount} dans {account}',
};
