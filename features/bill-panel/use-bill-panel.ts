import { useCallback, useEffect, useState } from 'react';
import type { BillPanel } from '@/lib/bill-panel/messages';
import { RemitError } from '@/lib/errors';
import type { Text } from '@/lib/i18n/text';
import { onUpdates } from '@/lib/messaging/updates';
import { sendMessage } from '@/lib/send-message';

export type PanelLoad =
  | { status: 'loading' }
  | { status: 'ready'; panel: BillPanel; checking: boolean }
  | { status: 'failed'; code: string; text: Text };

/**
 * Paints from the cache at once, then checks the bill with Clio once the tab is in view; checks
 * again whenever the tab comes back into view, since the bill may have been paid or sent meanwhile.
 * A tab opened in the background (a bulk send's, a bill opened for later) asks Clio nothing until
 * it is looked at: Clio's request budget is the firm's. What the background learns meanwhile (a
 * sync, a link made) it reports, and the cached panel is read again.
 */
export function useBillPanel(
  billId: number,
  cached: Promise<BillPanel | null>,
  firstCheck: Promise<BillPanel | undefined>,
  initial?: BillPanel,
): { load: PanelLoad; refresh: () => void; reload: () => void } {
  const [load, setLoad] = useState<PanelLoad>(
    initial
      ? { status: 'ready', panel: initial, checking: document.visibilityState === 'visible' }
      : { status: 'loading' },
  );

  /** Shows Clio's answer: the checked figures, or why they could not be checked. */
  const check = useCallback((answer: Promise<BillPanel>) => {
    setLoad((current) => (current.status === 'ready' ? { ...current, checking: true } : current));
    answer.then(
      (panel) => setLoad({ status: 'ready', panel, checking: false }),
      (error: unknown) => {
        const { code, text } = problemOf(error);
        setLoad((current) =>
          current.status === 'ready'
            ? {
                ...current,
                checking: false,
                panel: { ...current.panel, problem: { code, text } },
              }
            : { status: 'failed', code, text },
        );
      },
    );
  }, []);

  const refresh = useCallback(() => check(sendMessage('refreshBillPanel', { billId })), [billId, check]);

  /**
   * The cached panel again, without asking Clio: for work the background did meanwhile. What the last
   * check could not get from Clio stays said until the next check: the cache does not know it.
   */
  const reload = useCallback(() => {
    sendMessage('getCachedBillPanel', { billId }).then(
      (panel) => {
        if (panel)
          setLoad((current) =>
            current.status === 'ready'
              ? { ...current, panel: { ...panel, problem: current.panel.problem } }
              : { status: 'ready', panel, checking: false },
          );
      },
      () => undefined,
    );
  }, [billId]);

  useEffect(() => {
    let live = true;
    const inView = document.visibilityState === 'visible';
    cached
      .then((panel) => {
        if (live && panel) setLoad({ status: 'ready', panel, checking: inView });
      })
      .finally(() => {
        // The first check may already be on its way (a bill that was not cached).
        if (live && inView)
          check(firstCheck.then((checked) => checked ?? sendMessage('refreshBillPanel', { billId })));
      });
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisible);
    const stop = new AbortController();
    onUpdates(['bills'], reload, stop.signal);
    return () => {
      live = false;
      stop.abort();
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [billId, cached, firstCheck, check, refresh, reload]);

  return { load, refresh, reload };
}

function problemOf(error: unknown): { code: string; text: Text } {
  return error instanceof RemitError
    ? { code: error.code, text: error.text }
    : { code: 'invalid', text: { key: 'bill_panel.load_failed' } };
}
