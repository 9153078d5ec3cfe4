import type { connectionText as english } from '../en/connection';

/** Mots pour connecter Remit au compte Clio du cabinet. */
export const connectionText: Record<keyof typeof english, string> = {
  'connection.host_access_missing':
    'Remit ne peut pas joindre Clio sans accès à {host}. Connectez-vous de nouveau et choisissez Autoriser.',
  'connection.host_permission_needed':
    'Remit a besoin de votre autorisation pour joindre {host}. Connectez-vous de nouveau et accordez-la.',
  'connection.sign_in_window_failed':
    'La fenêtre de connexion à Clio s’est fermée avant la fin, ou la page de Clio était inaccessible. Vérifiez la région et votre connexion Internet, puis réessayez.',
  'connection.sign_in_window_closed': 'La fenêtre de connexion à Clio s’est fermée avant la fin.',
  'connection.not_connected_yet': 'Remit n’est pas encore connecté à Clio.',
  'connection.not_connected': 'Remit n’est pas connecté à Clio.',
  'connection.cannot_renew': 'Clio n’a fourni à Remit aucun moyen de renouveler sa connexion.',
  'connection.connect_in_options': 'Connectez Remit à Clio dans ses options.',
  'connection.reconnect': 'Reconnectez-vous à Clio pour continuer.',
  'connection.region':
    '{region, select, us {États-Unis} ca {Canada} eu {Union européenne} other {Australie}}',
};
