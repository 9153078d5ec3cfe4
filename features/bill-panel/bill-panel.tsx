import type { BillPanel as BillPanelData } from '@/lib/bill-panel/messages';
import { t } from '@/lib/i18n/text';
import { BillFigures } from './bill-figures';
import { BillReminders } from './bill-reminders';
import { Freshness } from './freshness';
import { PanelProblem } from './panel-problem';
import { PaymentLinks } from './payment-links';
import { PaymentsApplied } from './payments-applied';
import { SendToPortal } from './send-to-portal';
import { useBillPanel } from './use-bill-panel';

export function BillPanel({
  billId,
  cached,
  firstCheck,
  initial,
  pageProblem,
}: {
  billId: number;
  /** The cached panel, already on its way from the background. */
  cached: Promise<BillPanelData | null>;
  /** Clio's answer for a bill that was not cached, already asked for; undefined when not asked. */
  firstCheck: Promise<BillPanelData | undefined>;
  /** The cached panel when it arrived before the panel mounted. */
  initial?: BillPanelData;
  pageProblem?: string;
}) {
  const { load, refresh, reload } = useBillPanel(billId, cached, firstCheck, initial);
  return (
    <section
      aria-label={t('bill_panel.label')}
      className="my-3 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 font-sans text-sm leading-5 text-slate-800 shadow-sm"
    >
      <header className="flex items-baseline justify-between gap-2">
        <h2 className="text-base font-semibold">{t('bill_panel.heading')}</h2>
        {load.status === 'ready' && (
          <Freshness panel={load.panel} checking={load.checking} onCheck={refresh} />
        )}
      </header>
      {/* A missing summary means Clio's page changed, unless Clio has no such bill at all. */}
      {pageProblem && !(load.status === 'failed' && load.code === 'not_found') && (
        <p role="alert" className="text-amber-800">
          {pageProblem}
        </p>
      )}
      {load.status === 'loading' && <p className="text-slate-500">{t('bill_panel.loading')}</p>}
      {load.status === 'failed' && <PanelProblem code={load.code} text={load.text} />}
      {load.status === 'ready' && (
        <>
          <BillFigures bill={load.panel.bill} />
          <PaymentsApplied panel={load.panel} />
          <PaymentLinks panel={load.panel} onChange={refresh} onFollow={reload} />
          <SendToPortal bill={load.panel.bill} onSent={refresh} />
          <BillReminders bill={load.panel.bill} />
        </>
      )}
    </section>
  );
}
