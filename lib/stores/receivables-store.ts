import { create } from 'zustand';
import { RemitError } from '../messaging/remit-error';
import { sendMessage } from '../messaging/send';
import { type PaidPeriod, paidPeriods } from '../summary/paid-periods';
import type { ReceivablesView } from '../summary/receivables-view';
import { useSync } from './sync-store';

/** The popup's choice of period, remembered across openings (a popup lives only while it is open). */
const PERIOD_KEY = 'remit.paidPeriod';

interface ReceivablesState {
  /** Undefined until the background answers; null when no sync has finished yet. */
  view?: ReceivablesView | null;
  error?: string;
  period: PaidPeriod;
  load(): Promise<void>;
  choosePeriod(period: PaidPeriod): void;
  /** Loads the figures again whenever a sync run ends. Returns a stop function. */
  follow(): () => void;
}

export const useReceivables = create<ReceivablesState>((set, get) => ({
  period: savedPeriod(),
  async load() {
    try {
      set({ view: await sendMessage('getReceivables', {}), error: undefined });
    } catch (error) {
      set({ error: error instanceof RemitError ? error.message : 'Remit could not read its figures.' });
    }
  },
  choosePeriod(period) {
    localStorage.setItem(PERIOD_KEY, period);
    set({ period });
  },
  follow() {
    return useSync.subscribe((state, previous) => {
      const ended = previous.status?.running === true && state.status?.running === false;
      const completed = state.status?.lastCompletedAt !== previous.status?.lastCompletedAt;
      if (previous.status && (ended || completed)) void get().load();
    });
  },
}));

function savedPeriod(): PaidPeriod {
  const saved = localStorage.getItem(PERIOD_KEY);
  return paidPeriods.find((period) => period === saved) ?? 'thisMonth';
}
