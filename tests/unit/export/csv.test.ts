import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCollectionBill } from '@/lib/collections/collection-bill';
import { agingByClientCsv } from '@/lib/export/aging-csv';
import { billsCsv } from '@/lib/export/bills-csv';
import { toCsv } from '@/lib/export/csv';
import { decimalText, type MinorUnits } from '@/lib/money';
import { bill, daysAgo, TODAY } from '../../support/cached-bill';

/** The file as a spreadsheet reads it: RFC 4180, byte order mark dropped. */
const readBack = (text: string): string[][] => parse(text, { bom: true, record_delimiter: '\r\n' });

describe('CSV files', () => {
  it('quote what needs quoting, end lines with CRLF and read back as written', () => {
    const text = toCsv(
      ['Client', 'Note'],
      [
        ['Smith, "Jr"', 'line one\nline two'],
        ['Plain', null],
        ['Smith;=1+1', 'a;b'],
      ],
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('"Smith, ""Jr"""');
    // Quoted, a field stays whole where the semicolon separates lists: no formula starts after it.
    expect(text).toContain('"Smith;=1+1","a;b"');
    expect(readBack(text)).toEqual([
      ['Client', 'Note'],
      ['Smith, "Jr"', 'line one\nline two'],
      ['Plain', ''],
      ['Smith;=1+1', 'a;b'],
    ]);
  });

  it('neutralise text a spreadsheet would run as a formula, but never an amount', () => {
    const hostile = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tTab', '\rReturn'];
    const rows = readBack(
      toCsv(
        ['Name', 'Amount'],
        hostile.map((name) => [name, { number: '-12.50' }]),
      ),
    );
    for (const [index, name] of hostile.entries()) {
      expect(rows[index + 1]).toEqual([`'${name}`, '-12.50']);
    }
  });

  it('write money as exact decimal text in each currency’s minor digits', () => {
    expect(decimalText(123_450 as MinorUnits, 'USD')).toBe('1234.50');
    expect(decimalText(-5 as MinorUnits, 'CAD')).toBe('-0.05');
    expect(decimalText(0 as MinorUnits, 'USD')).toBe('0.00');
    expect(decimalText(1_200 as MinorUnits, 'JPY')).toBe('1200');
    expect(decimalText(1_234_567 as MinorUnits, 'KWD')).toBe('1234.567');
    expect(decimalText(900_719_925_474_099 as MinorUnits, 'USD')).toBe('9007199254740.99');
  });

  it('export the bills as listed, to the cent, with a hostile client name neutralised', () => {
    const bills = [
      bill({
        id: 1,
        number: 'INV-1',
        clientName: '=cmd|"/c calc"!A1',
        balance: 12_345,
        total: 20_000,
        paid: 7_655,
      }),
      bill({
        id: 2,
        number: 'INV-2',
        state: 'paid',
        balance: 0,
        paid: 5_000,
        total: 5_000,
        kind: 'trust_kind',
      }),
    ].map(toCollectionBill);
    const [header, first, second] = readBack(billsCsv(bills, TODAY));
    expect(header).toContain('Outstanding');
    expect(first).toEqual([
      'INV-1',
      '\'=cmd|"/c calc"!A1',
      '00001-Avery – Lease review',
      'Unpaid',
      'Invoice',
      'USD',
      daysAgo(40),
      daysAgo(10),
      '10',
      '200.00',
      '76.55',
      '123.45',
      'Shared',
      bills[0]?.lastSentAt,
    ]);
    expect(second?.slice(3, 5)).toEqual(['Paid', 'Trust request']);
    expect(second?.[8]).toBe('');
  });

  it('export nothing outstanding on a bill nobody owes, whatever balance Clio keeps on it', () => {
    const bills = [
      bill({ id: 1, state: 'draft', total: 7_000, balance: 7_000 }),
      bill({ id: 2, state: 'void', total: 3_000, balance: 3_000 }),
      bill({ id: 3, total: 10_000, balance: 10_000 }),
    ].map(toCollectionBill);
    const rows = readBack(billsCsv(bills, TODAY)).slice(1);
    // The column adds up to what is owed: $100.00.
    expect(rows.map((row) => [row[3], row[9], row[11]])).toEqual([
      ['Draft', '70.00', '0.00'],
      ['Void', '30.00', '0.00'],
      ['Unpaid', '100.00', '100.00'],
    ]);
  });

  it('export the aging by client per currency in Clio’s buckets, adding up to what is owed, trust requests apart', () => {
    const bills = [
      bill({ id: 1, clientId: 1, clientName: 'Avery & Co', dueAt: daysAgo(-5), balance: 1_001 }),
      bill({ id: 2, clientId: 1, clientName: 'Avery & Co', dueAt: daysAgo(30), balance: 2_002 }),
      bill({ id: 3, clientId: 1, clientName: 'Avery & Co', dueAt: daysAgo(31), balance: 3_003 }),
      bill({ id: 4, clientId: 1, clientName: 'Avery & Co', dueAt: daysAgo(91), balance: 4_004 }),
      bill({ id: 5, clientId: 1, clientName: 'Avery & Co', dueAt: null, balance: 5 }),
      bill({
        id: 6,
        clientId: 1,
        clientName: 'Avery & Co',
        currencyCode: 'CAD',
        dueAt: daysAgo(61),
        balance: 600,
      }),
      bill({ id: 7, clientId: 2, clientName: 'Baker LLP', dueAt: daysAgo(90), balance: 7_000 }),
      bill({ id: 8, clientId: 2, clientName: 'Baker LLP', state: 'paid', balance: 0 }),
      bill({ id: 9, clientId: 2, clientName: 'Baker LLP', state: 'void', balance: 9_999 }),
      // Money asked for to hold in trust is no receivable.
      bill({
        id: 10,
        clientId: 2,
        clientName: 'Baker LLP',
        kind: 'trust_kind',
        dueAt: daysAgo(3),
        balance: 50_000,
      }),
    ].map(toCollectionBill);
    expect(readBack(agingByClientCsv(bills, TODAY))).toEqual([
      [
        'Client',
        'Currency',
        'Current',
        '1–30 days',
        '31–60 days',
        '61–90 days',
        'Over 90 days',
        'Outstanding',
      ],
      ['Avery & Co', 'CAD', '0.00', '0.00', '0.00', '6.00', '0.00', '6.00'],
      ['Avery & Co', 'USD', '10.06', '20.02', '30.03', '0.00', '40.04', '100.15'],
      ['Baker LLP', 'USD', '0.00', '0.00', '0.00', '70.00', '0.00', '70.00'],
    ]);
  });
});
