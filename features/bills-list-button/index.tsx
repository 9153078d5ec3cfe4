import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isBillsList } from '@/lib/clio/pages';
import type { Feature } from '@/lib/content/features';
import { findOnPage } from '@/lib/content/find-on-page';
import { keepMountedAt } from '@/lib/content/keep-mounted';
import { clioPageUi } from '@/lib/react/clio-page-ui';
import { OpenWorkspaceButton } from './open-workspace-button';
import { billsListElements } from './selectors';

/** "Review and send in Remit" on Clio's bills list: Clio itself sends its bills one at a time. */
export const billsListButtonFeature: Feature = {
  name: 'bills-list-button',
  include: isBillsList,
  async init({ signal, ctx }) {
    const header = billsListElements.billsListHeader;
    // Mounted again each time Clio renders its list's heading afresh.
    const button = await buttonUi(ctx, header.selector, 'last');
    if (signal.aborted) return;
    const anchored = new AbortController();
    keepMountedAt(button, header.selector, AbortSignal.any([signal, anchored.signal]));

    const placement = await findOnPage(header, signal);
    if (!placement.problem || signal.aborted) return;
    // Clio's page changed: the button still works from the top of the page, saying what is missing.
    anchored.abort();
    const fallback = await buttonUi(ctx, 'body', 'first', placement.problem);
    if (signal.aborted) return;
    fallback.mount();
    signal.addEventListener('abort', () => fallback.remove(), { once: true });
  },
};

function buttonUi(ctx: ContentScriptContext, anchor: string, append: 'last' | 'first', pageProblem?: string) {
  return clioPageUi(ctx, {
    name: 'remit-bills-list-button',
    anchor,
    append,
    render: () => <OpenWorkspaceButton pageProblem={pageProblem} />,
  });
}
