import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BillPanel as BillPanelData } from '@/lib/bill-panel/messages';
import { billIdFromUrl, isBillPage } from '@/lib/clio/pages';
import type { Feature } from '@/lib/content/features';
import { findOnPage, type Placement } from '@/lib/content/find-on-page';
import { keepMountedAt } from '@/lib/content/keep-mounted';
import { RemitError } from '@/lib/errors';
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
    // A bill not cached is checked with Clio at once, in view: one Clio does not have has no summary
    // to wait for. The panel takes this first answer instead of asking again.
    const firstCheck = cached.then((panel) =>
      panel === null && document.visibilityState === 'visible'
        ? sendMessage('refreshBillPanel', { billId })
        : undefined,
    );
    const noSuchBill = new AbortController();
    firstCheck.catch((error) => {
      if (error instanceof RemitError && error.code === 'not_found') noSuchBill.abort();
    });
    let mounted = false;
    // The answers asked for as the page loaded go to the first panel. One mounted again, after Clio
    // re-rendered the bill following its own actions, asks anew: the bill may have changed.
    const answers = (): PanelAnswers => {
      if (mounted)
        return {
          cached: sendMessage('getCachedBillPanel', { billId }).catch(() => null),
          firstCheck: Promise.resolve(undefined),
        };
      mounted = true;
      return { cached, firstCheck, initial: arrived.panel ?? undefined };
    };
    const props = { billId, answers };
    // Anchored to the selector, the panel mounts the moment Clio renders the summary, and again after
    // Clio re-renders the bill following its own actions.
    const panel = await panelUi(ctx, billPageElements.billSummary.selector, 'after', props);
    if (signal.aborted) return;
    const anchored = new AbortController();
    keepMountedAt(panel, billPageElements.billSummary.selector, AbortSignal.any([signal, anchored.signal]));

    const placement = await findOnPage(
      billPageElements.billSummary,
      AbortSignal.any([signal, noSuchBill.signal]),
    ).catch((error: unknown): Placement => {
      if (signal.aborted || !noSuchBill.signal.aborted) throw error;
      return {};
    });
    if (placement.element || signal.aborted) return;
    anchored.abort();
    const fallback = await panelUi(ctx, 'body', 'first', { ...props, pageProblem: placement.problem });
    if (signal.aborted) return;
    fallback.mount();
    signal.addEventListener('abort', () => fallback.remove(), { once: true });
  },
};

interface PanelAnswers {
  cached: Promise<BillPanelData | null>;
  firstCheck: Promise<BillPanelData | undefined>;
  initial?: BillPanelData;
}

interface PanelProps {
  billId: number;
  answers: () => PanelAnswers;
  pageProblem?: string;
}

function panelUi(ctx: ContentScriptContext, anchor: string, append: 'after' | 'first', props: PanelProps) {
  return clioPageUi(ctx, {
    name: 'remit-bill-panel',
    anchor,
    append,
    render: () => <BillPanel billId={props.billId} {...props.answers()} pageProblem={props.pageProblem} />,
  });
}
