import { getJson } from '../api.js';
import { showBillPage } from './bill-page.js';
import { showBillsList } from './bills-list.js';
import { showPlaceholder } from './placeholder.js';
import { closeSendDialog } from './send-dialog.js';

const view = document.getElementById('main-view');
let navigationCount = 0;

function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function routeSegments(hash) {
  const path = hash.replace(/^#\/?/, '').split('?')[0];
  return path.split('/').filter(Boolean).map(decodeSegment);
}

function markActiveSection(section) {
  for (const link of document.querySelectorAll('.main-nav-link')) {
    const active = link.dataset.section === section;
    link.classList.toggle('active', active);
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

/** Like Clio's router: every navigation throws away the previous page's DOM and renders a fresh one. */
function navigate() {
  if (routeSegments(location.hash).length === 0) history.replaceState(null, '', '#/dashboard');
  const segments = routeSegments(location.hash);
  const navigation = ++navigationCount;
  // A slow response for a page the user has already left must not paint over the current one.
  const route = {
    isCurrent: () => navigation === navigationCount,
    reload: () => navigation === navigationCount && navigate(),
  };
  closeSendDialog();
  markActiveSection(segments[0]);
  const page = document.createElement('div');
  page.className = 'page ng-scope';
  view.replaceChildren(page);
  window.scrollTo(0, 0);

  if (segments[0] === 'bills' && segments.length === 1) showBillsList(page, route);
  else if (segments[0] === 'bills' && segments.length === 2 && /^\d+$/.test(segments[1])) {
    showBillPage(page, segments[1], route);
  } else showPlaceholder(page, segments);
}

async function showSession() {
  try {
    const { user, firm } = await getJson('/nc/data/session');
    document.getElementById('current-user').textContent = user?.name ?? '';
    document.getElementById('firm-name').textContent = firm?.name ?? '';
  } catch {
    document.getElementById('current-user').textContent = 'Not signed in';
  }
}

window.addEventListener('hashchange', navigate);
navigate();
showSession();
