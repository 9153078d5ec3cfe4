import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { BillPanel } from '@/components/bill-panel/bill-panel';
import { billIdFromUrl, isBillPage } from '@/lib/clio/pages';
import { clioPage } from '@/lib/clio/selectors';
import type { Feature } from '@/lib/content/features';
import { findOnPage } from '@/lib/content/find-on-page';

export const paymentStatusPanel: Feature = {
  name: 'payment-status-panel',
  include: isBillPage,
  async init({ url, signal, ctx }) {
    const billId = billIdFromUrl(url);
    if (billId === undefined) return;
    const placement = await findOnPage(clioPage.billSummary, signal);
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'remit-bill-panel',
      position: 'inline',
      // Clio re-renders the bill after its own actions; anchoring to the selector remounts the panel then.
      anchor: placement.problem ? 'body' : clioPage.billSummary.selector,
      append: placement.problem ? 'first' : 'after',
      onMount(container) {
        const root = createRoot(container);
        root.render(<BillPanel billId={billId} pageProblem={placement.problem} />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    if (signal.aborted) return;
    ui.autoMount();
    signal.addEventListener('abort', () => ui.remove(), { once: true });
  },
};
