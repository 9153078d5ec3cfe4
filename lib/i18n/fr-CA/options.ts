import type { optionsText as english } from '../en/options';

/** Mots de la page d’options : la connexion à Clio, la synchronisation, les messages envoyés avec les factures. */
export const optionsText: Record<keyof typeof english, string> = {
  'options.page_title': 'Remit pour Clio\u00a0: options',
  'options.connection_failed': 'Remit n’a pas pu effectuer cette opération.',
  'options.connection': 'Connexion',
  'options.language': 'Langue',
  'options.language_hint': 'Les mots, les montants et les dates de Remit, dans ce navigateur.',
  'options.language_browser': 'Langue du navigateur ({language})',
  'options.language_en': 'English',
  'options.language_fr_ca': 'Français (Canada)',
  'options.language_not_saved': 'Remit n’a pas pu conserver ce choix.',
  'options.client_language': 'Langue des messages aux clients',
  'options.client_language_hint':
    'Les messages qui accompagnent les factures, tant que vous n’écrivez pas les vôtres, et les montants et dates qui y sont insérés.',
  'options.client_language_save': 'Enregistrer la langue',
  'options.reconnect_needed':
    'Clio n’accepte plus la connexion de Remit. Les données en cache sont conservées; reconnectez-vous pour les mettre à jour.',
  'options.reconnect': 'Se reconnecter à Clio',
  'options.disconnect': 'Se déconnecter',
  'options.revocation_pending':
    'Déconnecté. Clio était injoignable pour révoquer l’accès de Remit; Remit le révoquera dès que Clio sera joignable. Remit ne conserve du cabinet que les données nécessaires à cette fin.',
  'options.connected_as': 'Connecté en tant que',
  'options.firm': 'Cabinet',
  'options.region': 'Région',
  'options.sync': 'Synchronisation',
  'options.sending': 'Envoi',
  'options.connect_form': 'Se connecter à Clio',
  'options.connect_explained':
    'Remit se connecte au moyen de l’application de développeur Clio propre à votre cabinet (dans Clio\u00a0: Paramètres → Developer Applications). Enregistrez-y cette URI de redirection, exactement\u00a0:',
  'options.redirect_uri': 'URI de redirection',
  'options.copy': 'Copier',
  'options.copied': 'Copié',
  'options.client_id': 'Identifiant client',
  'options.client_secret': 'Secret client',
  'options.connect': 'Se connecter',
  'options.connecting': 'Connexion…',
  'options.owed_template': 'Message envoyé avec les factures',
  'options.owed_template_save': 'Enregistrer le message',
  'options.settled_template': 'Message envoyé avec les factures payées',
  'options.settled_template_save': 'Enregistrer le message des factures payées',
  'options.template_placeholders': '{placeholders} sont remplacés par les renseignements de chaque facture.',
  'options.settings_unreadable': 'Remit n’a pas pu lire ses paramètres.',
  'options.template_invalid': 'Ce message ne peut pas être enregistré.',
  'options.template_saved': 'Enregistré.',
  'options.envelope_templates': 'Objet et message des factures de chaque client',
  'options.envelope_templates_explained':
    'Une révision de plusieurs factures regroupe les factures de chaque client dans une enveloppe, qui commence par cet objet et ce message. Chaque enveloppe peut encore être modifiée avant son envoi.',
  'options.placeholders': 'Variables',
  'options.envelope_placeholder':
    '{name, select, client {Le nom du client} bill_numbers {Les numéros des factures du client contenues dans l’enveloppe} total_outstanding {Le solde impayé de ces factures, par devise} oldest_due_date {La plus ancienne date d’échéance parmi ces factures} payment_link {Le lien Clio Payments créé pour l’enveloppe, si la révision en demande un; sinon, rien} other {}}',
  'options.envelope_preview': 'Aperçu pour un client fictif',
  'options.sample_client': 'Client Exemple inc.',
  'options.envelope_templates_save': 'Enregistrer l’objet et le message',
  'options.template_not_saved': 'Remit n’a pas pu enregistrer le message.',
  'options.set_aside': 'Mis de côté ({count})',
  'options.set_aside_explained':
    'Ces enregistrements de Clio ne correspondent pas à ce que la documentation de Clio décrit; ils sont donc exclus de tous les calculs.',
  'options.set_aside_list': 'Enregistrements mis de côté',
  'options.set_aside_no_id': '(sans identifiant)',
};
