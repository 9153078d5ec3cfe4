import type { popupText as english } from '../en/popup';

/** Words of the toolbar popup (the receivables at a glance, what needs chasing), in Canadian French. */
export const popupText: Record<keyof typeof english, string> = {
  'popup.loading': 'Chargement…',
  'popup.reminders': 'Rappels',
  'popup.reminders_due':
    '{count, plural, one {{shown} rappel à envoyer aujourd’hui} other {{shown} rappels à envoyer aujourd’hui}}',
  'popup.reminders_review': 'Réviser et envoyer les rappels…',
  'popup.figures_unreadable': 'Remit n’a pas pu lire ses chiffres.',
  'popup.reconnect_needed':
    'Clio n’accepte plus la connexion de Remit. Les chiffres ci-dessous datent de la dernière synchronisation. Reconnectez-vous à Clio pour les mettre à jour.',
  'popup.reconnect': 'Se reconnecter à Clio',
  'popup.sync': 'Synchroniser',
  'popup.first_sync_pending':
    'Les chiffres s’afficheront ici dès que Remit aura lu les factures en attente de paiement, première étape de la première synchronisation.',
  'popup.connected_as': 'Connecté en tant que',
  'popup.settings': 'Paramètres',
  'popup.send_all': 'Tout envoyer',
  'popup.open_send_all': 'Ouvrir «\u00a0Tout envoyer\u00a0»',
  'popup.get_started': 'Pour commencer',
  'popup.not_connected': 'Remit n’est pas encore connecté à Clio.',
  'popup.first_run_explained':
    'Une fois la connexion établie, vous verrez ici ce que les clients doivent, ce qu’ils ont payé, l’ancienneté des factures impayées et ce qui demande un suivi. La connexion requiert l’application Clio de votre cabinet\u00a0: son identifiant client et son secret.',
  'popup.connect': 'Se connecter à Clio',
  'popup.nothing_outstanding': 'Rien n’est en attente de paiement.',
  'popup.paid_in': 'Paiements reçus',

  'popup.receivables_in': 'Comptes clients en {currency}',
  'popup.trust_before_amount': 'Demandes de fidéicommis, comptées à part des comptes clients\u00a0:',
  'popup.trust_after_amount':
    'en attente de paiement sur {count, plural, one {{shown} demande} other {{shown} demandes}}.',
  'popup.receivables_note':
    'Les comptes clients regroupent les factures en attente de paiement, sans les demandes de fidéicommis. Les montants payés comprennent les paiements imputés à ces factures, selon la date de paiement, sans les paiements annulés.',

  'popup.figure_outstanding': 'Impayé',
  'popup.figure_outstanding_counts':
    '{count, plural, one {{shown} facture impayée} other {{shown} factures impayées}}',
  'popup.figure_overdue': 'En souffrance',
  'popup.figure_overdue_counts':
    '{count, plural, one {{shown} facture en souffrance} other {{shown} factures en souffrance}}',
  'popup.figure_paid_this_month': 'Payé, ce mois-ci',
  'popup.figure_paid_last_30_days': 'Payé, 30 derniers jours',
  'popup.figure_paid_this_year': 'Payé, cette année',
  'popup.figure_paid_counts': 'imputé depuis le {date}',
  'popup.figure_still_reading': 'Lecture en cours',
  'popup.figure_paid_reading': 'calculé une fois les paiements lus',
  'popup.figure_pending': 'En attente',
  'popup.figure_pending_counts':
    'paiements par carte en cours sur {count, plural, one {{shown} facture} other {{shown} factures}}',

  'popup.aging_caption': 'Ancienneté des comptes clients, en jours de retard',
  'popup.aging_age': 'Ancienneté',
  'popup.aging_share': 'Part de l’impayé',
  'popup.aging_balance': 'Solde',
  'popup.aging_bills': 'Factures',
  'popup.aging_share_percent': '{percent}\u00a0%',

  'popup.top_clients': 'Clients qui doivent le plus',
  'popup.no_client': 'Aucun client',
  'popup.client_unpaid_bills':
    '{count, plural, one {{shown} facture impayée} other {{shown} factures impayées}}',
  'popup.client_unpaid_bills_since':
    '{count, plural, one {{shown} facture impayée} other {{shown} factures impayées}}, échéance la plus ancienne le {date}',
  'popup.client_payment_link': 'Lien de paiement…',
  'popup.client_payment_link_label': 'Lien de paiement pour {client}',
  'popup.unnamed_client_payment_link_label': 'Lien de paiement pour ce client',

  'popup.needs_attention': 'À traiter',
  'popup.nothing_needs_attention': 'Rien à traiter.',
  'popup.attention_bills': 'En souffrance, non partagées ou non envoyées depuis 30 jours',
  'popup.attention_review':
    '{count, plural, one {Vérifier et envoyer cette facture…} other {Vérifier et envoyer ces # factures…}}',
  'popup.attention_bills_shown': 'Les {count} plus en retard d’abord.',
  'popup.attention_links': 'Liens de paiement qui expirent d’ici 7 jours',
  'popup.attention_links_shown': 'Les {count} qui expirent le plus tôt d’abord.',
  'popup.attention_payments': 'Paiements Clio Payments à vérifier',
  'popup.attention_payments_shown': 'Les {count} plus récents d’abord.',
  'popup.attention_more': '{count} autres dans la liste des factures de Clio',
  'popup.attention_bill': 'Facture {number}',
  'popup.attention_trust_request': 'Demande de fidéicommis {number}',
  'popup.bill_never_sent':
    '{overdue, plural, one {{overdueShown} jour} other {{overdueShown} jours}} de retard, jamais envoyée',
  'popup.bill_not_shared':
    '{overdue, plural, one {{overdueShown} jour} other {{overdueShown} jours}} de retard, non partagée sur le portail',
  'popup.bill_sent_long_ago':
    '{overdue, plural, one {{overdueShown} jour} other {{overdueShown} jours}} de retard, dernier envoi il y a {sent, plural, one {{sentShown} jour} other {{sentShown} jours}}',
  'popup.link_any_amount': 'montant libre',
  'popup.link_expires': 'expire le {moment}',
  'popup.payment_failed': 'Paiement échoué',
  'popup.payment_failed_at': 'Paiement échoué, {moment}',
  'popup.payment_to_allocate': 'Payé, en attente d’imputation dans Clio',
  'popup.payment_to_allocate_at': 'Payé, en attente d’imputation dans Clio, {moment}',
};
