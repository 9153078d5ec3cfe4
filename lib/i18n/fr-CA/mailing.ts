import type { mailingText as english } from '../en/mailing';

/** Mots d’un envoi : les factures choisies, révisées en une enveloppe par client, puis envoyées. */
export const mailingText: Record<keyof typeof english, string> = {
  'mailing.nothing_chosen': 'Choisissez au moins une facture à réviser.',
  'mailing.run_under_way':
    'Des factures sont en cours d’envoi\u00a0: mettez cet envoi en pause et annulez-le avant d’en lancer un autre.',
  'mailing.not_in_review': 'Cette révision est déjà en cours d’envoi, ou elle a été abandonnée.',
  'mailing.envelope_gone':
    'Cette enveloppe ne fait plus partie de la révision. Elle a peut-être été envoyée ou retirée dans une autre fenêtre.',
  'mailing.bill_gone': 'Ne figure plus parmi les factures de Clio\u00a0: elle sera laissée de côté.',
  'mailing.nothing_owed': 'Aucun montant n’est dû sur cette facture.',
  'mailing.no_client': 'Cette facture n’a pas de client dans Clio\u00a0: il n’y a personne à qui l’envoyer.',
  'mailing.no_channel': 'Choisissez le portail, le courriel ou les deux.',
  'mailing.no_email_address':
    'Ce client n’a pas d’adresse courriel dans Clio\u00a0: impossible de le joindre par courriel.',
  'mailing.heading': 'Réviser avant l’envoi',
  'mailing.summary':
    '{envelopes, plural, one {# enveloppe} other {# enveloppes}} contenant {count, plural, one {{shown} facture} other {{shown} factures}}',
  'mailing.loading': 'Chargement de la révision…',
  'mailing.none': 'Aucune révision en cours. Choisissez des factures et révisez-les.',
  'mailing.unreadable': 'Remit n’a pas pu lire la révision.',
  'mailing.not_saved': 'Remit n’a pas pu enregistrer cette modification.',
  'mailing.back_to_bills': 'Retour aux factures',
  'mailing.discard': 'Abandonner cette révision',
  'mailing.start': '{count, plural, one {Réviser {shown} facture} other {Réviser {shown} factures}}',
  'mailing.starting': 'Préparation de la révision…',
  'mailing.back_to_mailing':
    '{state, select, review {Poursuivre la révision en cours} sending {Suivre l’envoi des factures} paused {Revenir à l’envoi en pause} other {Voir le rapport du dernier envoi}}',
  'mailing.replaces': 'Réviser d’autres factures la remplacera.',
  'mailing.run': 'Envoi',
  'mailing.envelope_for': 'Enveloppe pour {client}',
  'mailing.bill_count': '{count, plural, one {{shown} facture} other {{shown} factures}}',
  'mailing.outstanding': 'Solde impayé\u00a0: {amount}',
  'mailing.warning_count': '{count, plural, one {{shown} avertissement} other {{shown} avertissements}}',
  'mailing.warnings': 'Avertissements',
  'mailing.bills_gone':
    '{count, plural, one {{shown} facture choisie ne figure plus parmi les factures de Clio\u00a0: elle sera laissée de côté.} other {{shown} factures choisies ne figurent plus parmi les factures de Clio\u00a0: elles seront laissées de côté.}}',
  'mailing.by_portal_and_email': 'Portail et courriel',
  'mailing.by_portal': 'Portail',
  'mailing.by_email': 'Courriel',
  'mailing.by_nothing': 'Aucun canal choisi',
  'mailing.leave_out_envelope': 'Exclure {client}',
  'mailing.leave_out_bill': 'Exclure {number}',
  'mailing.snooze_bill':
    '{days, plural, one {Reporter {number} de # jour} other {Reporter {number} de # jours}}',
  'mailing.bills_of': 'Factures de {client}',
  'mailing.column_note': 'Note',
  'mailing.reminder_at': 'Rappel\u00a0: {step}',
  'mailing.reminder_held_back':
    'Aucun rappel\u00a0: depuis le début de la révision, ce client ne reçoit plus de rappels, Clio lui en envoie lui-même, ou la facture a été reportée.',
  'mailing.reminder_paying_online':
    'Aucun rappel\u00a0: le client la paie en entier par Clio Payments, et le paiement n’est pas encore compensé.',
  'mailing.reminder_no_longer_due':
    'Aucun rappel\u00a0: aucun rappel n’est plus dû pour elle aujourd’hui. Depuis le début de la révision, elle a été envoyée ou rappelée, ou son échéance ou les étapes des rappels ont changé.',
  'mailing.column_leave_out': 'Exclure',
  'mailing.channel': 'Envoyer par',
  'mailing.channel_portal': 'Portail client',
  'mailing.channel_email': 'Courriel',
  'mailing.channel_email_to': 'Courriel à {address}',
  'mailing.placeholders_hint':
    '{client}, {bill_numbers}, {total_outstanding}, {oldest_due_date} et {payment_link} sont remplacés par les renseignements de ce client.',
  'mailing.subject': 'Objet du courriel',
  'mailing.message': 'Message',
  'mailing.preview': 'Ce que recevra la fenêtre Envoyer de Clio, facture par facture',
  'mailing.preview_bill': 'Facture {number}',
  'mailing.preview_on': 'Partagée sur le portail',
  'mailing.preview_off': 'Non utilisé',
  'mailing.preview_email_to': 'Envoyée à {address}',
  'mailing.preview_skipped': 'Non envoyée\u00a0: {reason}',
  'mailing.send_all':
    '{count, plural, one {Envoyer {shown} facture par Clio} other {Envoyer les {shown} factures par Clio}}',
  'mailing.send_all_explained':
    'Remit ouvre chaque facture dans son propre onglet Clio, en arrière-plan, et remplit la fenêtre Envoyer de Clio comme vous le feriez. Vous pouvez continuer à travailler pendant ce temps.',
  'mailing.progress':
    'Envoyées\u00a0: {sent} sur {total}, confirmées par Clio\u00a0: {confirmed}; en échec\u00a0: {failed}, ignorées\u00a0: {skipped}, restantes\u00a0: {left}',
  'mailing.state_sending': 'Envoi en cours…',
  'mailing.state_paused': 'En pause',
  'mailing.state_cancelled': 'Annulé',
  'mailing.state_done': 'Terminé',
  'mailing.pause': 'Pause',
  'mailing.resume': 'Reprendre',
  'mailing.look_first': 'Vérifier d’abord',
  'mailing.interrupted_title': 'Tout envoyer est en pause',
  'mailing.interrupted':
    '{count, plural, one {{shown} facture reste} other {{shown} factures restent}} à envoyer. Le navigateur ou Remit a redémarré en cours d’envoi\u00a0: rien d’autre ne part tant que vous ne reprenez pas l’envoi.',
  'mailing.paused_because':
    'Remit a mis l’envoi en pause\u00a0: {reason} Rien d’autre ne part tant que vous ne reprenez pas l’envoi.',
  'mailing.paused_by_restart': 'Le navigateur ou Remit a redémarré en cours d’envoi.',
  'mailing.stopped_unexpectedly': 'Une erreur que Remit n’avait pas prévue s’est produite.',
  'mailing.cancel': 'Annuler le reste',
  'mailing.send_failed_again': 'Renvoyer les factures en échec',
  'mailing.close_report': 'Fermer ce rapport',
  'mailing.not_sent_heading': 'Non envoyées',
  'mailing.column_status': 'État',
  'mailing.status_waiting': 'En attente de son tour',
  'mailing.status_skipped': 'Ignorée\u00a0: {reason}',
  'mailing.status_cancelled': 'Annulée avant l’envoi',
  'mailing.report_line': 'Facture {number}, {client}\u00a0: {status}',
  'mailing.payment_link': 'Lien de paiement',
  'mailing.payment_link_choice': 'Ajouter un lien Clio Payments',
  'mailing.payment_link_explained':
    'Remit le crée juste avant l’envoi de la première facture de cette enveloppe, et l’insère là où l’objet ou le message indique {payment_link}. Les demandes de fidéicommis reçoivent leur propre lien.',
  'mailing.payment_link_line': 'Vous pouvez régler en ligne\u00a0: {payment_link}',
  'mailing.payment_link_stand_in': '[Lien Clio Payments, créé à l’envoi de cette enveloppe]',
  'mailing.payment_link_missing':
    'L’objet et le message ne contiennent pas {payment_link}\u00a0: aucun lien ne sera créé pour cette enveloppe.',
  'mailing.payment_link_for':
    '{purpose, select, trust {Demande de fidéicommis} other {Factures}}\u00a0: {url}',
  'mailing.payment_link_for_currency':
    '{purpose, select, trust {Demande de fidéicommis} other {Factures}} en {currency}\u00a0: {url}',
  'mailing.link_nothing_to_pay':
    'Aucune facture de cette enveloppe n’a de solde à payer\u00a0: aucun lien ne peut être créé.',
  'mailing.link_no_address':
    'Clio n’a fourni aucune adresse sur son propre site pour le lien; il ne peut donc pas figurer dans un message.',
};
