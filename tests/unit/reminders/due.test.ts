import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/format';
import { defaultCadence, type ReminderCadence } from '@/lib/reminders/cadence';
import {
  type PastReminder,
  type RemindableBill,
  type ReminderHolds,
  remindersDue,
} from '@/lib/reminders/due';
import { calendarDayIn } from '@/lib/reminders/firm-day';

const noHolds: ReminderHolds = { quietClients: new Set(), snoozedUntil: new Map(), clioReminded: new Set() };

function bill(changes: Partial<RemindableBill> = {}): RemindableBill {
  return {
    id: 1,
    clientId: 10,
    state: 'awaiting_payment',
    balance: 125_050,
    pending: 0,
    dueAt: '2026-03-01',
    lastSentOn: '2026-02-01',
    ...changes,
  };
}

const stepOn = (
  bills: RemindableBill[],
  today: string,
  history: PastReminder[] = [],
  holds = noHolds,
  cadence: ReminderCadence = defaultCadence,
) => remindersDue(bills, cadence, history, holds, today).map((due) => `${due.billId}:${due.step.id}`);

/**
 * Runs the cadence day by day as the firm would: every reminder due is sent that day (the history
 * records it, and Clio's last send moves to it). Returns each bill's reminders in order.
 */
function simulate(bills: RemindableBill[], from: string, days: number, cadence = defaultCadence) {
  const history: PastReminder[] = [];
  const sent = new Map<number, string[]>();
  let current = bills.map((each) => ({ ...each }));
  for (let day = 0; day < days; day += 1) {
    const today = addDays(from, day);
    for (const due of remindersDue(current, cadence, history, noHolds, today)) {
      history.push({ billId: due.billId, stepDays: due.step.days, on: today });
      sent.set(due.billId, [...(sent.get(due.billId) ?? []), `${due.step.id}@${today}`]);
      current = current.map((each) => (each.id === due.billId ? { ...each, lastSentOn: today } : each));
    }
  }
  return sent;
}

describe('reminders due on a day', () => {
  it('are due from a step’s day, not the day before', () => {
    expect(stepOn([bill()], '2026-02-25')).toEqual([]);
    expect(stepOn([bill()], '2026-02-26')).toEqual(['1:before-3']);
  });

  it('reach every step exactly once, on its day, across a year of bills and month ends', () => {
    // A bill due on every day of 2026, each sent a month before it is due.
    const bills = Array.from({ length: 365 }, (_, index) => {
      const dueAt = addDays('2026-01-01', index);
      return bill({ id: index + 1, clientId: index + 1, dueAt, lastSentOn: addDays(dueAt, -30) });
    });
    const sent = simulate(bills, '2025-12-01', 500);
    for (const each of bills) {
      const due = each.dueAt as string;
      expect(sent.get(each.id)).toEqual(
        defaultCadence.steps.map((step) => `${step.id}@${addDays(due, step.days)}`),
      );
    }
  });

  it('count calendar days over a leap day and month ends', () => {
    const leap = bill({ dueAt: '2028-02-29', lastSentOn: '2028-01-29' });
    expect(simulate([leap], '2028-02-01', 120).get(1)).toEqual([
      'before-3@2028-02-26',
      'due-day@2028-02-29',
      'after-7@2028-03-07',
      'after-14@2028-03-14',
      'after-30@2028-03-30',
      'after-60@2028-04-29',
    ]);
    const monthEnd = bill({ dueAt: '2026-01-31', lastSentOn: '2026-01-01' });
    expect(simulate([monthEnd], '2026-01-01', 120).get(1)?.slice(-2)).toEqual([
      'after-30@2026-03-02',
      'after-60@2026-04-01',
    ]);
  });

  it('catch up on a step missed while the computer was off, but never on a step already passed', () => {
    // Off from the day before the 7-day step to three days after it.
    expect(stepOn([bill()], '2026-03-11', [{ billId: 1, stepDays: 0, on: '2026-03-01' }])).toEqual([
      '1:after-7',
    ]);
    // Reminded at 7 days: the 7-day step does not come back, and the 14-day one waits for its day.
    const history = [{ billId: 1, stepDays: 7, on: '2026-03-08' }];
    expect(stepOn([bill()], '2026-03-14', history)).toEqual([]);
    expect(stepOn([bill()], '2026-03-15', history)).toEqual(['1:after-14']);
  });

  it('start again from a due date Clio moved later: each step falls on its day under the new date', () => {
    // Reminded 7 days after March 1st; the due date then moved to April 1st.
    const history = [{ billId: 1, stepDays: 7, on: '2026-03-08' }];
    const moved = bill({ dueAt: '2026-04-01', lastSentOn: '2026-03-08' });
    expect(stepOn([moved], '2026-03-29', history)).toEqual(['1:before-3']);
    expect(stepOn([moved], '2026-04-08', history)).toEqual(['1:after-7']);
    // Once reminded on the new date's 7-day step, it does not come back.
    expect(stepOn([moved], '2026-04-09', [...history, { billId: 1, stepDays: 7, on: '2026-04-08' }])).toEqual(
      [],
    );
  });

  it('start again from a due date moved a week or more later, skipping no step', () => {
    // Reminded 3 days before March 1st and on the day; the due date then moved to March 8th.
    const history = [
      { billId: 1, stepDays: -3, on: '2026-02-26' },
      { billId: 1, stepDays: 0, on: '2026-03-01' },
    ];
    const week = bill({ dueAt: '2026-03-08', lastSentOn: '2026-03-01' });
    expect(stepOn([week], '2026-03-05', history)).toEqual(['1:before-3']);
    const reminded = [...history, { billId: 1, stepDays: -3, on: '2026-03-05' }];
    expect(stepOn([{ ...week, lastSentOn: '2026-03-05' }], '2026-03-08', reminded)).toEqual(['1:due-day']);
    // Moved 15 days after the 7-day step: the 14-day step comes on its new day.
    const fifteen = bill({ dueAt: '2026-03-16', lastSentOn: '2026-03-08' });
    const afterWeek = [{ billId: 1, stepDays: 7, on: '2026-03-08' }];
    expect(stepOn([fifteen], '2026-03-23', afterWeek)).toEqual(['1:after-7']);
    expect(
      stepOn([fifteen], '2026-03-30', [...afterWeek, { billId: 1, stepDays: 7, on: '2026-03-23' }]),
    ).toEqual(['1:after-14']);
  });

  it('never repeat a step for a due date moved by a few days', () => {
    // Reminded 7 days after March 1st; the due date then moved to March 3rd.
    const history = [{ billId: 1, stepDays: 7, on: '2026-03-08' }];
    const moved = bill({ dueAt: '2026-03-03', lastSentOn: '2026-02-01' });
    expect(stepOn([moved], '2026-03-12', history)).toEqual([]);
    expect(stepOn([moved], '2026-03-17', history)).toEqual(['1:after-14']);
  });

  it('never remind out of the blue about a bill long past its last step', () => {
    expect(stepOn([bill()], addDays('2026-03-01', 60 + 29))).toEqual(['1:after-60']);
    expect(stepOn([bill()], addDays('2026-03-01', 60 + 30))).toEqual([]);
    expect(stepOn([bill({ dueAt: '2024-03-01' })], '2026-03-01')).toEqual([]);
  });

  it('stop once a bill is paid, voided or has nothing left to pay', () => {
    const today = '2026-03-08';
    expect(stepOn([bill()], today)).toEqual(['1:after-7']);
    expect(stepOn([bill({ state: 'paid', balance: 0 })], today)).toEqual([]);
    expect(stepOn([bill({ state: 'void' })], today)).toEqual([]);
    expect(stepOn([bill({ balance: 0 })], today)).toEqual([]);
    expect(stepOn([bill({ state: 'draft' })], today)).toEqual([]);
  });

  it('wait while the client’s payment of all of the bill is clearing, and come back if it fails', () => {
    const today = '2026-03-08';
    expect(stepOn([bill({ pending: 125_050 })], today)).toEqual([]);
    // Part of it in flight: the rest is still owed.
    expect(stepOn([bill({ pending: 125_049 })], today)).toEqual(['1:after-7']);
    // The payment failed: Clio has nothing in flight, and the step is due.
    expect(stepOn([bill({ pending: 0 })], today)).toEqual(['1:after-7']);
  });

  it('never remind about a bill never sent, nor one without a due date', () => {
    expect(stepOn([bill({ lastSentOn: null })], '2026-03-08')).toEqual([]);
    expect(stepOn([bill({ dueAt: null })], '2026-03-08')).toEqual([]);
  });

  it('wait the minimum gap after anyone’s send, Clio’s or Remit’s', () => {
    // Sent in Clio two days before the 7-day step: not again until three days have passed.
    expect(stepOn([bill({ lastSentOn: '2026-03-06' })], '2026-03-08')).toEqual([]);
    expect(stepOn([bill({ lastSentOn: '2026-03-06' })], '2026-03-09')).toEqual(['1:after-7']);
    const gapless = { ...defaultCadence, minimumGapDays: 0 };
    expect(stepOn([bill({ lastSentOn: '2026-03-07' })], '2026-03-08', [], noHolds, gapless)).toEqual([
      '1:after-7',
    ]);
  });

  it('take a send since the step was reached, by anyone in Clio, as that step’s reminder', () => {
    // Sent again by hand on the day the 14-day step was reached: that step is not asked for again,
    // even once the gap has passed; the 30-day step is.
    const sentOnStep = bill({ lastSentOn: '2026-03-15' });
    expect(stepOn([sentOnStep], '2026-03-18')).toEqual([]);
    expect(stepOn([sentOnStep], '2026-03-28')).toEqual([]);
    expect(stepOn([sentOnStep], '2026-03-31')).toEqual(['1:after-30']);
  });

  it('leave out quiet clients, snoozed bills and, by default, clients Clio reminds itself', () => {
    const today = '2026-03-08';
    const quiet = { ...noHolds, quietClients: new Set([10]) };
    expect(stepOn([bill()], today, [], quiet)).toEqual([]);
    const snoozed = { ...noHolds, snoozedUntil: new Map([[1, '2026-03-10']]) };
    expect(stepOn([bill()], today, [], snoozed)).toEqual([]);
    expect(stepOn([bill()], '2026-03-10', [], snoozed)).toEqual(['1:after-7']);
    const clio = { ...noHolds, clioReminded: new Set([10]) };
    expect(stepOn([bill()], today, [], clio)).toEqual([]);
    const alongside = { ...defaultCadence, alongsideClioReminders: true };
    expect(stepOn([bill()], today, [], clio, alongside)).toEqual(['1:after-7']);
  });

  it('follow the steps the firm turned off or moved', () => {
    const edited: ReminderCadence = {
      ...defaultCadence,
      steps: defaultCadence.steps.map((step) =>
        step.id === 'after-7'
          ? { ...step, on: false }
          : step.id === 'after-14'
            ? { ...step, days: 10 }
            : step,
      ),
    };
    expect(stepOn([bill()], '2026-03-08', [], noHolds, edited)).toEqual(['1:due-day']);
    expect(stepOn([bill()], '2026-03-11', [], noHolds, edited)).toEqual(['1:after-14']);
    const allOff = { ...defaultCadence, steps: defaultCadence.steps.map((step) => ({ ...step, on: false })) };
    expect(stepOn([bill()], '2026-03-08', [], noHolds, allOff)).toEqual([]);
  });
});

describe('the firm’s calendar day', () => {
  it('turns at local midnight, through daylight saving changes', () => {
    // Toronto springs forward on 8 March 2026 at 02:00 and falls back on 1 November at 02:00.
    expect(calendarDayIn('America/Toronto', Date.parse('2026-03-08T04:59:00Z'))).toBe('2026-03-07');
    expect(calendarDayIn('America/Toronto', Date.parse('2026-03-08T05:00:00Z'))).toBe('2026-03-08');
    expect(calendarDayIn('America/Toronto', Date.parse('2026-03-09T03:59:00Z'))).toBe('2026-03-08');
    expect(calendarDayIn('America/Toronto', Date.parse('2026-03-09T04:00:00Z'))).toBe('2026-03-09');
    expect(calendarDayIn('America/Toronto', Date.parse('2026-11-02T04:59:00Z'))).toBe('2026-11-01');
    expect(calendarDayIn('America/Toronto', Date.parse('2026-11-02T05:00:00Z'))).toBe('2026-11-02');
  });

  it('is ahead of UTC east of it: a reminder due on the 8th in Auckland is due while UTC is on the 7th', () => {
    const instant = Date.parse('2026-03-07T12:00:00Z');
    expect(calendarDayIn('UTC', instant)).toBe('2026-03-07');
    expect(calendarDayIn('Pacific/Auckland', instant)).toBe('2026-03-08');
    expect(stepOn([bill()], calendarDayIn('Pacific/Auckland', instant))).toEqual(['1:after-7']);
    expect(stepOn([bill()], calendarDayIn('UTC', instant))).toEqual(['1:due-day']);
  });
});
