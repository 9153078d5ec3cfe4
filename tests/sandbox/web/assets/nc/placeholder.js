import { h } from '../dom.js';

const sectionTitles = {
  dashboard: 'Dashboard',
  calendars: 'Calendar',
  tasks: 'Tasks',
  matters: 'Matters',
  contacts: 'Contacts',
  activities: 'Activities',
  bills: 'Billing',
  bank_accounts: 'Accounts',
  documents: 'Documents',
  communications: 'Communications',
  reports: 'Reports',
  settings: 'Settings',
};

/** Sections the sandbox does not replicate still render a page, so Clio has non-bill pages to navigate to. */
export function showPlaceholder(page, segments) {
  const title = sectionTitles[segments[0]] ?? 'Page not found';
  const detail = segments.slice(1).join(' / ');
  document.title = `${title} - Clio`;
  page.replaceChildren(
    h('div', { class: 'page-header' }, h('h1', { class: 'page-title' }, title)),
    h(
      'div',
      { class: 'panel placeholder-panel' },
      detail ? h('p', { class: 'placeholder-detail' }, detail) : null,
      h('p', { class: 'muted' }, 'This part of Clio is not replicated in the sandbox.'),
    ),
  );
}
