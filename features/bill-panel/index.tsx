import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BillPanel as BillPanelData } from '@/lib/bill-panel/messages';
import { billIdFromUrl, isBillPage } from '@/lib/clio/pages';
import type { Feature } from '@/lib/content/features';
import { findOnPage } from '@/lib/content/find-on-page';
import { clioPageUi } from '@/lib/react/clio-page-ui';
import { sendMessage } from '@/lib/send-message';
import { BillPanel } from './bill-panel';
import { billPageElements } from './selectors';

export const billPanelFeature: Feature = {
  name: 'bill-panel',
  include: isBillPage,
  async init({ url, signal, ctx }) {
    const billId = billIdFromUrl(url);
    if (billId === undefined) return;
    // Asked at once: the cached figures arrive while Clio is still rendering its page.
    const cached = sendMessage('getCachedBillPanel', { billId }).catch(() => null);
    // Usually here before Clio renders the bill, so the panel's first paint already shows the figures.
    const arrived: { panel?: BillPanelData | null } = {};
    void cached.then((panel) => {
      arrived.panel = panel;
    });
    // Anchored to the selector, the panel mounts the moment Clio renders the summary, and again after
    // Clio re-renders the bill following its own actions.
    const panel = await panelUi(ctx, billPageElements.billSummary.selector, 'after', {
      billId,
      cached,
      arrived,
    });
    if (signal.aborted) return;
    panel.autoMount();
    signal.addEventListener('abort', () => panel.remove(), { once: true });

    const placement = await findOnPage(billPageElements.billSummary, signal);
    if (!placement.problem || signal.aborted) return;
    panel.remove();
    const fallback = await panelUi(ctx, 'body', 'first', {
      billId,
      cached,
      arrived,
      pageProblem: placement.problem,
    });
    if (signal.aborted) return;
    fallback.mount();
    signal.addEventListener('abort', () => fallback.remove(), { once: true });
  },
};

interface PanelProps {
  billId: number;
  cached: Promise<BillPanelData | null>;
  arrived: { panel?: BillPanelData | null };
  pageProblem?: string;
}

function panelUi(ctx: ContentScriptContext, anchor: string, append: 'after' | 'first', props: PanelProps) {
  return clioPageUi(ctx, {
    name: 'remit-bill-panel',
    anchor,
    append,
    render: () => (
      <BillPanel
        billId={props.billId}
        cached={props.cached}
        initial={props.arrived.panel ?? undefined}
        pageProblem={props.pageProblem}
      />
    ),
  });
}
