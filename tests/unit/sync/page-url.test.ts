import { describe, expect, it } from 'vitest';
import { filteredPageUrl, firstPageUrl, firstRunUrls } from '@/lib/sync/page-url';
import { resourceSyncOf as resource, resourceSyncs } from '@/lib/sync/resources';

/** The query of a page's address, without its long `fields` list. */
function queryOf(url: string): [string, string][] {
  const [path, query] = url.split('?');
  return [['path', path ?? ''], ...[...new URLSearchParams(query)].filter(([name]) => name !== 'fields')];
}

describe('the pages a sync asks Clio for', () => {
  const lastRunStarted = Date.UTC(2026, 10, 30, 12, 0, 0);

  it('asks an index Clio documents them for in id order, and for changes since the last run, looking back a margin', () => {
    expect(queryOf(firstPageUrl(resource('bills'), lastRunStarted))).toEqual([
      ['path', 'bills.json'],
      ['limit', '200'],
      ['order', 'id(asc)'],
      // Five minutes before the last run started.
      ['updated_since', '2026-11-30T11:55:00.000Z'],
    ]);
    expect(queryOf(firstPageUrl(resource('contacts'), null))).toEqual([
      ['path', 'contacts.json'],
      ['limit', '200'],
      ['order', 'id(asc)'],
    ]);
  });

  it('asks each index for exactly what Clio documents it takes (shared/clio, section 15)', () => {
    const documented = resourceSyncs.map((synced) => {
      const names = queryOf(firstPageUrl(synced, lastRunStarted)).map(([key]) => key);
      return [synced.name, names.includes('order'), names.includes('updated_since')];
    });
    expect(documented).toEqual([
      ['bills', true, true],
      ['contacts', true, true],
      ['matters', true, true],
      ['bankAccounts', true, true],
      ['allocations', true, true],
      ['paymentLinks', false, true],
      ['payments', false, false],
    ]);
  });

  it('asks the payments, which take neither, for neither, and links for changes but in Clio’s own order', () => {
    expect(queryOf(firstPageUrl(resource('payments'), lastRunStarted))).toEqual([
      ['path', 'clio_payments/payments.json'],
      ['limit', '200'],
    ]);
    expect(queryOf(firstPageUrl(resource('paymentLinks'), lastRunStarted))).toEqual([
      ['path', 'clio_payments/links.json'],
      ['limit', '200'],
      // Five minutes before the last run started.
      ['updated_since', '2026-11-30T11:55:00.000Z'],
    ]);
  });

  it('asks for the fields Remit reads, on every page', () => {
    const fields = new URLSearchParams(firstPageUrl(resource('bills'), null).split('?')[1]).get('fields');
    expect(fields?.split(',')).toEqual(expect.arrayContaining(['id', 'etag', 'balance', 'due_at']));
    const filtered = new URLSearchParams(filteredPageUrl(resource('payments'), []).split('?')[1]).get(
      'fields',
    );
    expect(filtered?.split(',')).toEqual(expect.arrayContaining(['id', 'amount', 'bills{id}']));
  });

  it('reads the bills awaiting payment before the whole index on a first run; other indexes whole at once', () => {
    expect(firstRunUrls(resource('bills')).map(queryOf)).toEqual([
      [
        ['path', 'bills.json'],
        ['limit', '200'],
        ['state', 'awaiting_payment'],
        ['order', 'id(asc)'],
      ],
      [
        ['path', 'bills.json'],
        ['limit', '200'],
        ['order', 'id(asc)'],
      ],
    ]);
    expect(firstRunUrls(resource('matters')).map(queryOf)).toEqual([
      [
        ['path', 'matters.json'],
        ['limit', '200'],
        ['order', 'id(asc)'],
      ],
    ]);
  });

  it('repeats a filter as often as it is given, for the payments of several bills', () => {
    expect(
      queryOf(
        filteredPageUrl(resource('payments'), [
          ['ids[]', '4'],
          ['ids[]', '9'],
        ]),
      ),
    ).toEqual([
      ['path', 'clio_payments/payments.json'],
      ['limit', '200'],
      ['ids[]', '4'],
      ['ids[]', '9'],
    ]);
  });
});
