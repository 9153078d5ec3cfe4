import type { clioText as english } from '../en/clio';

/** Words for what Clio answered, or did not: its API and its sign-in, in Canadian French. */
export const clioText: Record<keyof typeof english, string> = {
  'clio.unreadable_answer': 'Clio a répondu par un contenu que Remit n’a pas pu lire ({detail}).',
  'clio.next_page_elsewhere': 'sa page suivante se trouve sur un autre site ({host})',
  'clio.unreachable':
    'Remit n’a pas pu joindre Clio ({problem, select, status {HTTP {status}} cut_off {réponse tronquée} timed_out {délai dépassé} other {connexion perdue}}). Les données en cache sont conservées.',
  'clio.sign_in_refused': 'Clio n’accepte plus la connexion de Remit. Reconnectez-vous à Clio.',
  'clio.forbidden': 'Votre utilisateur Clio n’a pas accès à cet élément\u00a0: {clioMessage}',
  'clio.not_found': 'Cet enregistrement n’existe pas dans Clio, ou il a été supprimé.',
  'clio.refused': '{clioMessage}',
  'clio.version_retired':
    'Clio ne sert plus la version de son API que cette version de Remit lit ({version}). Mettez Remit à jour pour continuer.',
  'clio.error': 'Clio a répondu par une erreur\u00a0: {clioMessage}',
  'clio.access_denied':
    'L’accès a été refusé sur la page de Clio, donc Remit n’est pas connecté. Si le compte Clio de votre cabinet se trouve dans une autre région, choisissez cette région et connectez-vous de nouveau.',
  'clio.other_sign_in':
    'Clio a répondu à une autre demande de connexion. Essayez de vous connecter de nouveau.',
  'clio.no_authorization_code': 'Clio n’a pas renvoyé de code d’autorisation.',
  'clio.unreadable_sign_in':
    'Clio a répondu à la connexion par un contenu que Remit n’a pas pu lire. Réessayez; si le problème persiste, reconnectez-vous à Clio.',
  'clio.sign_in_unreachable': 'Remit n’a pas pu joindre Clio ({host}). Vérifiez votre connexion.',
  'clio.sign_in_unavailable':
    'La connexion à Clio n’est pas disponible pour le moment (HTTP {status}). Réessayez dans quelques minutes.',
  'clio.client_rejected':
    'Clio a refusé l’identifiant client ou le secret client. Recopiez-les tous les deux à partir de votre application Clio.',
  'clio.sign_in_refused_status': 'Clio a refusé la connexion ({status}).',
  'clio.bill_unchanged_without_copy':
    'Clio a indiqué que la facture n’avait pas changé, mais Remit n’en a aucune copie.',
  'clio.answer_without_bill': 'Clio a répondu sans la facture.',
};
