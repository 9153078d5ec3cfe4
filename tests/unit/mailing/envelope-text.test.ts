import { describe, expect, it } from 'vitest';
import {
  asksForLink,
  envelopeValues,
  fillEnvelopeSubject,
  fillEnvelopeText,
  paymentLinkText,
} from '@/lib/mailing/envelope-text';

type Bill = Parameters<typeof envelopeValues>[1][number];

function owed(number: string, balance: number, dueAt: string | null, currencyCode = 'USD'): Bill {
  return { number, state: 'awaiting_payment', currencyCode, balance, dueAt };
}

describe('an envelope’s placeholders', () => {
  it('add up what is owed to the cent and name the oldest due date', () => {
    const values = envelopeValues(
      'Blake LLP',
      [owed('1042', 120_001, '2026-10-15'), owed('1057', 35_050, '2026-09-30'), owed('1060', 1, null)],
      'en',
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
      'en',
    );
    expect(values.total_outstanding).toBe('$100.00');
    expect(values.oldest_due_date).toBe('Nov 1, 2026');
  });

  it('keep currencies apart, and still read as an amount when nothing is owed', () => {
    const mixed = envelopeValues('A', [owed('1', 2_550, null, 'USD'), owed('2', 10_000, null, 'CAD')], 'en');
    expect(mixed.total_outstanding).toBe('CA$100.00 and $25.50');
    expect(mixed.oldest_due_date).toBe('on receipt');
    const settled = envelopeValues('A', [{ ...owed('1', 0, null, 'CAD'), state: 'paid' }], 'en');
    expect(settled.total_outstanding).toBe('CA$0.00');
  });

  it('name a bill without a client plainly', () => {
    expect(envelopeValues(null, [owed('1', 1, null)], 'en').client).toBe('client');
  });
});

describe('filling an envelope’s text', () => {
  const values = {
    ...envelopeValues('{payment_link} <b>Avery</b>', [owed('7', 100, '2026-12-01')], 'en'),
    payment_link: 'https://app.clio.com/link/{client}',
  };

  it('fills every placeholder once, leaving a client’s own braces and markup as text', () => {
    expect(
      fillEnvelopeText(
        'Dear {client}: {total_outstanding} on {bill_numbers} by {oldest_due_date}. Pay: {payment_link}',
        values,
      ),
    ).toBe(
      'Dear {payment_link} <b>Avery</b>: $1.00 on 7 by Dec 1, 2026. Pay: https://app.clio.com/link/{client}',
    );
  });

  it('leaves braces that name no placeholder as written', () => {
    expect(fillEnvelopeText('{balance} {Client} {client', values)).toBe('{balance} {Client} {client');
  });
});

describe('an envelope’s subject', () => {
  const bills = [owed('7', 100, '2026-12-01')];

  it('keeps a client’s name written on two lines as two words, as Clio’s one-line field would not', () => {
    const values = { ...envelopeValues('Avery\r\n  Partners LLP', bills, 'en'), payment_link: '' };
    expect(fillEnvelopeSubject('Bills for {client}', values)).toBe('Bills for Avery Partners LLP');
  });

  it('keeps two payment links apart, each whole', () => {
    const links = paymentLinkText(
      [
        { purpose: 'invoices', currencyCode: 'USD', url: 'https://a/1' },
        { purpose: 'trust', currencyCode: 'USD', url: 'https://a/2' },
      ],
      'en',
    );
    const values = { ...envelopeValues('Avery', bills, 'en'), payment_link: links };
    expect(fillEnvelopeSubject('Pay: {payment_link}', values)).toBe(
      'Pay: Invoices: https://a/1 Trust request: https://a/2',
    );
  });

  it('is filled like the message where nothing breaks a line', () => {
    const values = { ...envelopeValues('Avery  & Co', bills, 'en'), payment_link: '' };
    expect(fillEnvelopeSubject('{client}: {bill_numbers}', values)).toBe('Avery  & Co: 7');
  });
});

describe('the payment link’s words', () => {
  const link = (purpose: 'invoices' | 'trust', currencyCode: string, url: string) => ({
    purpose,
    currencyCode,
    url,
  });

  it('are the address alone for one link', () => {
    expect(paymentLinkText([link('invoices', 'USD', 'https://app.clio.com/p/1')], 'en')).toBe(
      'https://app.clio.com/p/1',
    );
  });

  it('say what each link pays when the trust request has its own, and the currency where links differ by it', () => {
    expect(
      paymentLinkText([link('trust', 'USD', 'https://a/2'), link('invoices', 'USD', 'https://a/1')], 'en'),
    ).toBe('Invoices: https://a/1\nTrust request: https://a/2');
    expect(
      paymentLinkText(
        [
          link('invoices', 'CAD', 'https://a/1'),
          link('invoices', 'USD', 'https://a/2'),
          link('trust', 'USD', 'https://a/3'),
        ],
        'en',
      ),
    ).toBe('Invoices in CAD: https://a/1\nInvoices in USD: https://a/2\nTrust request: https://a/3');
  });

  it('are looked for in the subject and the message, as written', () => {
    expect(asksForLink('Bills', 'Pay here: {payment_link}')).toBe(true);
    expect(asksForLink('{Payment_link}', '{payment link}')).toBe(false);
  });
});
