import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { buttonClass } from '@/components/button-class';
import { DurationField } from '@/components/payment-link/duration-field';
import type { BillView } from '@/lib/bills/bill-view';
import { sayError } from '@/lib/error-text';
import { RemitError } from '@/lib/errors';
import { say, t } from '@/lib/i18n/text';
import { formatMoney, type MinorUnits } from '@/lib/money';
import { amountText, type ParsedAmount, parseAmount } from '@/lib/payment-links/amount-input';
import { DEFAULT_LINK_DAYS, linkDays } from '@/lib/payment-links/link-duration';
import { sendMessage } from '@/lib/send-message';

/** Amount (the outstanding balance, or less) and how long the link stays open. */
export function CreateLinkForm({
  bill,
  onCancel,
  onCreated,
  onInterrupted,
}: {
  bill: BillView;
  onCancel: () => void;
  onCreated: () => void;
  /**
   * Remit's background stopped before it answered: the link may still be on its way. Asking again
   * starts the background, which finishes the request and reports it.
   */
  onInterrupted: () => void;
}) {
  const [amount, setAmount] = useState(amountText(bill.balance as MinorUnits, bill.currencyCode));
  const [days, setDays] = useState(String(DEFAULT_LINK_DAYS));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const amountField = useRef<HTMLInputElement>(null);
  const ids = { amount: useId(), problem: useId() };
  const outstanding = formatMoney(bill.balance as MinorUnits, bill.currencyCode);
  const parsed = readAmount(amount, bill);

  useEffect(() => amountField.current?.select(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if ('problem' in parsed) {
      setProblem(say(parsed.problem));
      return;
    }
    const minor = parsed.amount;
    const duration = linkDays(days);
    if ('problem' in duration) {
      setProblem(say(duration.problem));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await sendMessage('createPaymentLinks', {
        billIds: [bill.id],
        amount: minor === bill.balance ? undefined : minor,
        durationDays: duration.days,
      });
      onCreated();
    } catch (error) {
      if (error instanceof RemitError && error.code === 'network') onInterrupted();
      setProblem(sayError(error, 'bill_panel.link_not_made'));
      setBusy(false);
    }
  };

  return (
    <form
      aria-label={t('bill_panel.link_form_label')}
      noValidate
      className="grid gap-2"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <div className="flex flex-wrap gap-3">
        <label htmlFor={ids.amount} className="grid gap-1">
          {t('bill_panel.link_form_amount', { currency: bill.currencyCode })}
          <input
            id={ids.amount}
            ref={amountField}
            inputMode="decimal"
            value={amount}
            aria-describedby={problem ? ids.problem : undefined}
            onChange={(event) => setAmount(event.target.value)}
            className="w-32 rounded-md border border-slate-300 px-2 py-1 tabular-nums"
          />
        </label>
        <DurationField value={days} onChange={setDays} />
      </div>
      <p className="text-slate-500">{t('bill_panel.link_form_outstanding', { outstanding })}</p>
      {/* Always there, so a screen reader follows what the link will be for as the amount is typed. */}
      <p data-field="link-amount" aria-live="polite" className="font-medium">
        {'amount' in parsed &&
          (parsed.amount < bill.balance
            ? t('bill_panel.link_form_for_part', {
                amount: formatMoney(parsed.amount, bill.currencyCode),
                outstanding,
              })
            : t('bill_panel.link_form_for', { amount: formatMoney(parsed.amount, bill.currencyCode) }))}
      </p>
      {problem && (
        <p id={ids.problem} role="alert" className="text-red-800">
          {problem}
        </p>
      )}
      <div className="flex gap-2">
        <button
          type="submit"
          className={`${buttonClass} bg-blue-700 text-white hover:bg-blue-800`}
          disabled={busy}
        >
          {busy ? t('bill_panel.link_form_making') : t('bill_panel.link_form_create')}
        </button>
        <button type="button" className={`${buttonClass} border border-slate-300`} onClick={onCancel}>
          {t('bill_panel.link_form_cancel')}
        </button>
      </div>
    </form>
  );
}

/** The amount typed, read in the user's locale, within what the bill still owes. */
function readAmount(text: string, bill: BillView): ParsedAmount {
  const parsed = parseAmount(text, bill.currencyCode);
  if ('problem' in parsed) return parsed;
  if (parsed.amount <= 0 || parsed.amount > bill.balance) {
    const outstanding = formatMoney(bill.balance as MinorUnits, bill.currencyCode);
    return { problem: { key: 'bill_panel.link_form_amount_out_of_range', values: { outstanding } } };
  }
  return parsed;
}
