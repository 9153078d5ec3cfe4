import { create } from 'zustand';
import { sayError } from '../error-text';
import { takeEarlyAnswer } from '../messaging/early-ask';
import { onUpdates } from '../messaging/updates';
import { readReply, sendMessage } from '../send-message';
import { type PaidPeriod, paidPeriods } from '../summary/paid-periods';
import type { ReceivablesView } from '../summary/receivables-view';

/** The popup's choice of period, remembered across openings (a popup lives only while it is open). */
const PERIOD_KEY = 'remit.paidPeriod';

interface ReceivablesState {
  /** Undefined until the background answers; null when no sync has finished yet. */
  view?: ReceivablesView | null;
  error?: string;
  period: PaidPeriod;
  load(): Promise<void>;
  choosePeriod(period: PaidPeriod): void;
  /** Loads the figures again whenever the background rebuilds them. Returns a stop function. */
  follow(): () => void;
}

export const useReceivables = create<ReceivablesState>((set, get) => {
  // Only the latest ask may set the figures: an older answer can arrive after a newer one.
  let latest = 0;
  // The early ask goes out before anything listens for updates: a rebuild in between goes unheard.
  let askedBeforeFollowing = false;
  return {
    period: savedPeriod(),
    async load() {
      const ask = ++latest;
      const early = takeEarlyAnswer('getReceivables');
      if (early) askedBeforeFollowing = true;
      try {
        const view = await (early ? readReply('getReceivables', early) : sendMessage('getReceivables', {}));
        if (ask === latest) set({ view, error: undefined });
      } catch (error) {
        if (ask === latest) set({ error: sayError(error, 'popup.figures_unreadable') });
      }
    },
    choosePeriod(period) {
      localStorage.setItem(PERIOD_KEY, period);
      set({ period });
    },
    follow() {
      const stop = new AbortController();
      onUpdates(['receivables'], () => void get().load(), stop.signal);
      if (askedBeforeFollowing) {
        askedBeforeFollowing = false;
        void get().load();
      }
      return () => stop.abort();
    },
  };
});

function savedPeriod(): PaidPeriod {
  const saved = localStorage.getItem(PERIOD_KEY);
  return paidPeriods.find((period) => period === saved) ?? 'thisMonth';
}
