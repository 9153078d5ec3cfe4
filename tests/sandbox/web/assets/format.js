const stateLabels = {
  draft: 'Draft',
  awaiting_approval: 'Pending approval',
  awaiting_payment: 'Unpaid',
  paid: 'Paid',
  void: 'Void',
  deleted: 'Deleted',
};

/** The label Clio's UI shows for an API bill state. */
export function stateLabel(state) {
  return stateLabels[state] ?? String(state);
}

export function kindLabel(kind) {
  return kind === 'trust_kind' ? 'Trust request' : 'Bill';
}

const moneyFormats = new Map();

export function formatMoney(amount, currencyCode = 'USD') {
  const code = currencyCode || 'USD';
  if (!moneyFormats.has(code)) {
    try {
      moneyFormats.set(code, new Intl.NumberFormat('en-US', { style: 'currency', currency: code }));
    } catch {
      // An unknown currency code must not break the page; show the bare number with its code.
      moneyFormats.set(code, { format: (value) => `${Number(value).toFixed(2)} ${code}` });
    }
  }
  return moneyFormats.get(code).format(Number(amount));
}

/** 'YYYY-MM-DD' as Clio's US UI shows it (MM/DD/YYYY), parsed by hand so no time zone can shift the day. */
export function formatDate(isoDate) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate ?? '');
  return match ? `${match[2]}/${match[3]}/${match[1]}` : '—';
}

export function formatTimestamp(iso) {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return 'Never';
  return date.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
}

export function matterLabel(matter) {
  if (!matter) return '—';
  return matter.description
    ? `${matter.display_number} - ${matter.description}`
    : String(matter.display_number);
}
