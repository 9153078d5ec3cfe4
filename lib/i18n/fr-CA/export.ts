import type { exportText as english } from '../en/export';

/** Words of the CSV files the workspace exports, in Canadian French. */
export const exportText: Record<keyof typeof english, string> = {
  'export.heading': 'Exporter en CSV',
  'export.bills': 'Ces factures',
  'export.aging': 'Ancienneté des comptes clients par client',
  'export.reminders': 'Historique des rappels',
  'export.failed': 'Le fichier n’a pas été créé.',
  'export.column_state': 'État',
  'export.column_kind': 'Type',
  'export.column_currency': 'Devise',
  'export.column_sent_on': 'Envoyé le',
  'export.column_step': 'Étape',
  'export.column_step_days': 'Jours depuis l’échéance',
  'export.column_channel': 'Envoyé par',
  'export.column_outcome': 'Résultat',
  'export.state_deleted': 'Supprimée',
  'export.kind_invoice': 'Facture',
  'export.kind_trust': 'Demande de fidéicommis',
  'export.shared': 'Partagée',
  'export.not_shared': 'Non partagée',
  'export.aging_current': 'Courant',
  'export.aging_1_30': '1 à 30 jours',
  'export.aging_31_60': '31 à 60 jours',
  'export.aging_61_90': '61 à 90 jours',
  'export.aging_91_plus': 'Plus de 90 jours',
};
