/** Words the browser shows for Remit: in its list of extensions, menus and toolbar. */
export const extensionText = {
  'extension.name': 'Remit for Clio',
  'extension.description': 'Payment status, portal sends and payment links for Clio bills, inside Clio Manage.',
} as const;
