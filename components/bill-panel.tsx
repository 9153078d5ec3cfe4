import { useEffect, useState } from 'react';
import type { BillView } from '@/lib/messaging/protocol';
import { RemitError } from '@/lib/messaging/remit-error';
import { sendMessage } from '@/lib/messaging/send';
import { formatMoney, type MinorUnits } from '@/lib/money';

type Load =
  | { status: 'loading' }
  | { status: 'ready'; bill: BillView }
  | { status: 'failed'; message: string };

export function BillPanel({ billId, pageProblem }: { billId: number; pageProblem?: string }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    sendMessage('getBill', { billId }).then(
      (bill) => live && setLoad({ status: 'ready', bill }),
      (error: unknown) => live && setLoad({ status: 'failed', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [billId]);

  return (
    <section
      aria-label="Remit payment status"
      className="my-3 rounded-lg border border-slate-200 bg-white p-4 font-sans text-sm text-slate-800 shadow-sm"
    >
      <h2 className="mb-2 text-base font-semibold">Payment status</h2>
      {pageProblem && (
        <p role="alert" className="mb-2 text-amber-800">
          {pageProblem}
        </p>
      )}
      {load.status === 'loading' && <p className="text-slate-500">Loading bill {billId}…</p>}
      {load.status === 'failed' && <p role="alert">{load.message}</p>}
      {load.status === 'ready' && <BillFigures bill={load.bill} />}
    </section>
  );
}

function BillFigures({ bill }: { bill: BillView }) {
  const money = (amount: number) => formatMoney(amount as MinorUnits, bill.currencyCode);
  const rows: [string, string][] = [
    ['Bill', bill.number],
    ['Client', bill.clientName ?? '—'],
    ['Total', money(bill.total)],
    ['Paid', money(bill.paid)],
    ['Outstanding', money(bill.balance)],
    ['Due', bill.dueAt ?? '—'],
  ];
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd data-field={label.toLowerCase()} className="font-medium tabular-nums">
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function messageOf(error: unknown): string {
  return error instanceof RemitError ? error.message : 'Remit could not load this bill.';
}
