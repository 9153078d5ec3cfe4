import type { linksText as english } from '../en/links';

/** Mots pour créer des liens Clio Payments et les faire expirer, tels que l’arrière-plan les rapporte. */
export const linksText: Record<keyof typeof english, string> = {
  'links.payments_off':
    'Clio Payments n’est activé pour aucun des comptes bancaires du cabinet. Activez-le dans Clio, puis réessayez.',
  'links.no_account':
    '{purpose, select, trust {Clio Payments n’est activé pour aucun compte en fidéicommis, et une demande de fidéicommis se paie dans le compte en fidéicommis.} other {Clio Payments n’est activé pour aucun compte d’exploitation, et une facture se paie dans le compte d’exploitation.}}',
  'links.currency_mismatch':
    'Ces factures sont en {currency}, mais les comptes {purpose, select, trust {en fidéicommis} other {d’exploitation}} du cabinet où Clio Payments est activé acceptent {accepted}. Un lien se paie dans la devise de son compte.',
  'links.not_synced':
    'Remit n’a pas encore synchronisé certaines de ces factures. Synchronisez, puis réessayez.',
  'links.bills_deleted':
    'Certaines de ces factures n’existent plus dans Clio\u00a0: elles ont été supprimées.',
  'links.no_such_client': 'Ce client est introuvable dans le cache de Remit.',
  'links.batch_in_progress': 'Un lien de paiement pour ces factures est déjà en cours de création.',
  'links.lost_track': 'Remit a perdu la trace du lien.',
  'links.not_made_earlier': 'Le lien n’a pas été créé.',
  'links.others_expired':
    '{reason} Remit a aussitôt fait expirer l’autre lien\u00a0: aucun lien n’a été créé.',
  'links.made_unreadable_id':
    'Clio dit avoir créé le lien, mais n’a rien envoyé que Remit puisse lire. Vérifiez les liens de paiement de la facture dans Clio avant d’en créer un autre.',
  'links.made_unreadable':
    'Clio a créé le lien, mais l’a envoyé sous une forme que Remit ne peut pas lire; Remit l’a donc aussitôt fait expirer.',
  'links.forbidden':
    'Clio n’a pas permis à Remit de créer des liens de paiement. Clio Payments doit être activé pour le cabinet, et l’application Clio de Remit doit avoir les autorisations Clio Payments et Accounting (Comptabilité); reconnectez-vous après les avoir ajoutées.',
  'links.clio_refused': 'Clio n’a pas créé le lien\u00a0: {clioMessage}',
  'links.unreachable': 'Clio est injoignable; aucun lien n’a donc été créé. Réessayez.',
  'links.clio_refused_expiry': 'Clio n’a pas fait expirer le lien\u00a0: {clioMessage}',
  'links.choose_a_bill': 'Choisissez au moins une facture.',
  'links.too_many_bills':
    'Un lien de paiement peut couvrir au plus {max} factures; {count} sont sélectionnées.',
  'links.several_clients':
    'Ces factures appartiennent à plusieurs clients. Un lien de paiement règle les factures d’un seul client\u00a0: choisissez les factures d’un même client.',
  'links.bill_not_payable':
    'La facture {number} {reason, select, nothing_to_pay {n’a plus de solde à payer} paying_online {est payée en entier par Clio Payments\u00a0: le paiement est en cours de traitement} paid {est déjà payée} void {a été annulée} deleted {a été supprimée} draft {est un brouillon\u00a0: approuvez-la d’abord dans Clio} awaiting_approval {est en attente d’approbation\u00a0: approuvez-la d’abord dans Clio} other {est {state}}}.',
  'links.partial_needs_one_bill':
    'Seul un lien visant une seule facture peut porter sur une partie de son solde.',
  'links.amount_out_of_range': 'Le montant doit être supérieur à zéro et ne pas dépasser le solde impayé.',
  'links.amount_other_currency':
    '«\u00a0{typed}\u00a0» n’est pas un montant en {currency}. Écrivez-le sous la forme {example}.',
  'links.amount_not_positive': 'Entrez un montant supérieur à zéro.',
  'links.amount_unreadable':
    '«\u00a0{typed}\u00a0» n’est pas un montant. Écrivez-le sous la forme {example}.',
  'links.amount_ambiguous':
    '«\u00a0{typed}\u00a0» peut se lire de deux façons. Écrivez-le sous la forme {example}.',
  'links.amount_too_many_decimals':
    '{digits, plural, =0 {Les montants en {currency} n’ont pas de décimales. Écrivez le montant sous la forme {example}.} other {Le nombre de décimales en {currency} est limité à #. Écrivez le montant sous la forme {example}.}}',
  'links.amount_too_large': 'Ce montant est trop élevé.',
  'links.days_out_of_range': 'Un lien reste ouvert de 1 à {max} jours\u00a0: Clio ne permet pas davantage.',
  'links.purpose': '{purpose, select, trust {Demandes de fidéicommis} other {Factures}}',
  'links.description': '{count, plural, one {Paiement d’une facture} other {Paiement de # factures}}',
};
