import { describe, expect, it } from 'vitest';
import { envelopeValues, fillEnvelopeText } from '@/lib/mailing/envelope-text';

type Bill = Parameters<typeof envelopeValues>[1][number];

function owed(number: string, balance: number, dueAt: string | null, currencyCode = 'USD'): Bill {
  return { number, state: 'awaiting_payment', currencyCode, balance, dueAt };
}

describe('an envelope’s placeholders', () => {
  it('add up what is owed to the cent and name the oldest due date', () => {
    const values = envelopeValues(
      'Blake LLP',
      [owed('1042', 120_001, '2026-10-15'), owed('1057', 35_050, '2026-09-30'), owed('1060', 1, null)],
      'en-US',
    );
    expect(values).toEqual({
      client: 'Blake LLP',
      bill_numbers: '1042, 1057, and 1060',
      total_outstanding: '$1,550.52',
      oldest_due_date: 'Sep 30, 2026',
    });
  });

  it('count nothing a client does not owe: a paid bill, a draft, a zero balance', () => {
    const values = envelopeValues(
      'Blake LLP',
      [
        owed('1', 10_000, '2026-11-01'),
        { ...owed('2', 99_999, '2026-01-01'), state: 'paid' },
        { ...owed('3', 50_000, '2026-02-01'), state: 'draft' },
        owed('4', 0, '2026-03-01'),
      ],
      'en-US',
    );
    expect(values.total_outstanding).toBe('$100.00');
    expect(values.oldest_due_date).toBe('Nov 1, 2026');
  });

  it('keep currencies apart, and still read as an amount when nothing is owed', () => {
    const mixed = envelopeValues(
      'A',
      [owed('1', 2_550, null, 'USD'), owed('2', 10_000, null, 'CAD')],
      'en-US',
    );
    expect(mixed.total_outstanding).toBe('CA$100.00 and $25.50');
    expect(mixed.oldest_due_date).toBe('on receipt');
    const settled = envelopeValues('A', [{ ...owed('1', 0, null, 'CAD'), state: 'paid' }], 'en-US');
    expect(settled.total_outstanding).toBe('CA$0.00');
  });

  it('name a bill without a client plainly', () => {
    expect(envelopeValues(null, [owed('1', 1, null)], 'en-US').client).toBe('client');
  });
});

describe('filling an envelope’s text', () => {
  const values = envelopeValues('{total_outstanding} <b>Avery</b>', [owed('7', 100, '2026-12-01')], 'en-US');

  it('fills every placeholder once, leaving a client’s own braces and markup as text', () => {
    expect(
      fillEnvelopeText('Dear {client}: {total_outstanding} on {bill_numbers} by {oldest_due_date}.', values),
    ).toBe('Dear {total_outstanding} <b>Avery</b>: $1.00 on 7 by Dec 1, 2026.');
  });

  it('leaves braces that name no placeholder as written', () => {
    expect(fillEnvelopeText('{balance} {Client} {client', values)).toBe('{balance} {Client} {client');
  });
});
