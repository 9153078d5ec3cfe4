import { h } from './dom.js';
import { formatDate, formatMoney, kindLabel, matterLabel, stateLabel } from './format.js';

export function stateBadge(state) {
  return h(
    'span',
    { class: `label bill-state bill-state-${String(state).replace(/[^a-z_]/g, '')}` },
    stateLabel(state),
  );
}

export function sharedIndicator(shared) {
  return h(
    'span',
    { class: shared ? 'shared-indicator is-shared' : 'shared-indicator' },
    h('span', { class: shared ? 'k-icon k-i-share' : 'k-icon k-i-lock', 'aria-hidden': 'true' }),
    shared ? 'Shared' : 'Not shared',
  );
}

export function money(amount, bill) {
  return formatMoney(amount, bill.currency?.code);
}

/**
 * A table with Kendo grid classes. `columns` is a list of { title, cell(row), numeric? };
 * `cell` returns text or a node.
 */
export function grid(columns, rows, emptyText) {
  const header = h(
    'thead',
    { class: 'k-grid-header', role: 'rowgroup' },
    h(
      'tr',
      { role: 'row' },
      columns.map((column) =>
        h(
          'th',
          { class: column.numeric ? 'k-header numeric' : 'k-header', scope: 'col', role: 'columnheader' },
          column.title,
        ),
      ),
    ),
  );
  const body = h(
    'tbody',
    { role: 'rowgroup' },
    rows.length === 0
      ? h('tr', { class: 'k-grid-norecords', role: 'row' }, h('td', { colspan: columns.length }, emptyText))
      : rows.map((row, index) =>
          h(
            'tr',
            { class: index % 2 ? 'k-master-row k-alt' : 'k-master-row', role: 'row' },
            columns.map((column) =>
              h('td', { class: column.numeric ? 'numeric' : null, role: 'gridcell' }, column.cell(row)),
            ),
          ),
        ),
  );
  return h(
    'div',
    { class: 'k-grid k-widget' },
    h('table', { class: 'k-grid-table', role: 'grid' }, header, body),
  );
}

/** Columns shared by Clio's bills list and the portal's bill list. */
export const billColumns = {
  matter: { title: 'Matter', cell: (bill) => matterLabel(bill.matter) },
  issued: { title: 'Issued', cell: (bill) => formatDate(bill.issued_at) },
  due: { title: 'Due', cell: (bill) => formatDate(bill.due_at) },
  total: { title: 'Total', numeric: true, cell: (bill) => money(bill.total, bill) },
  balance: { title: 'Balance', numeric: true, cell: (bill) => money(bill.balance, bill) },
  state: { title: 'Status', cell: (bill) => stateBadge(bill.state) },
  kind: { title: 'Type', cell: (bill) => kindLabel(bill.kind) },
};
