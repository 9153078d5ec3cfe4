/**
 * The replica's words in Clio's two interface languages. A Quebec firm works in Clio's French: the
 * page is served with `lang="fr"` (sandbox option `clioLanguage`), and the bill page and its Send
 * dialog, which Remit works in, read in French. Clio's exact French labels are not public; these are
 * the usual ones of its French interface as its help pages show them.
 */
const english = {
  billActions: 'Bill actions',
  send: 'Send',
  recordPayment: 'Record payment',
  void: 'Void',
  billTitle: (number) => `Bill #${number}`,
  billSent: 'Bill sent',
  sendBill: 'Send bill',
  shareViaPortal: 'Share via Clio for Clients',
  shareViaPortalHint: 'The client is notified and can view and pay the bill in Clio for Clients.',
  sendViaEmail: 'Send via email',
  sendViaEmailHint: "A secure link to the bill is emailed to the client's primary email address.",
  emailSubject: 'Email subject',
  message: 'Message',
  loading: 'Loading…',
  recipient: (number, client) => `Bill #${number} to ${client}`,
  emailGoesTo: (email) => `Email goes to ${email}`,
  noEmail: 'The client has no email address.',
  cancel: 'Cancel',
  close: 'Close',
};

const french = {
  billActions: 'Actions de la facture',
  send: 'Envoyer',
  recordPayment: 'Enregistrer un paiement',
  void: 'Annuler la facture',
  billTitle: (number) => `Facture no ${number}`,
  billSent: 'Facture envoyée',
  sendBill: 'Envoyer la facture',
  shareViaPortal: 'Partager par Clio for Clients',
  shareViaPortalHint: 'Le client est avisé et peut consulter et payer la facture dans Clio for Clients.',
  sendViaEmail: 'Envoyer par courriel',
  sendViaEmailHint: 'Un lien sécurisé vers la facture est envoyé à l’adresse courriel principale du client.',
  emailSubject: 'Objet du courriel',
  message: 'Message',
  loading: 'Chargement…',
  recipient: (number, client) => `Facture no ${number} à ${client}`,
  emailGoesTo: (email) => `Le courriel sera envoyé à ${email}`,
  noEmail: 'Le client n’a pas d’adresse courriel.',
  cancel: 'Annuler',
  close: 'Fermer',
};

export const words = document.documentElement.lang === 'fr' ? french : english;
