import { describe, expect, it } from 'vitest';
import { FieldsError, parseFields } from '../../sandbox/http/fields.ts';
import { checkFields, render } from '../../sandbox/http/render.ts';
import { BillResource } from '../../sandbox/resources/bill.ts';
import { SandboxState } from '../../sandbox/state/sandbox-state.ts';

describe('parseFields', () => {
  it.each([
    [
      'id,etag',
      [
        { name: 'id', subFields: null },
        { name: 'etag', subFields: null },
      ],
    ],
    [
      ' id , total ',
      [
        { name: 'id', subFields: null },
        { name: 'total', subFields: null },
      ],
    ],
    [
      'client{id,name},state',
      [
        { name: 'client', subFields: ['id', 'name'] },
        { name: 'state', subFields: null },
      ],
    ],
    ['matters', [{ name: 'matters', subFields: null }]],
    ['currency{code}', [{ name: 'currency', subFields: ['code'] }]],
  ])('parses %j', (raw, expected) => {
    expect(parseFields(raw)).toEqual(expected);
  });

  it.each([undefined, '', '  '])('returns null (defaults) for %j', (raw) => {
    expect(parseFields(raw)).toBeNull();
  });

  it.each([
    ['client{account{name}}', /one level/],
    ['client{id', /Unbalanced/],
    ['id}', /Unbalanced|Invalid/],
    ['client{id}x', /Unexpected/],
    ['id,,etag', /Invalid field/],
    ['bad-name', /Invalid field: bad-name/],
  ])('rejects %j', (raw, message) => {
    expect(() => parseFields(raw)).toThrow(FieldsError);
    expect(() => parseFields(raw)).toThrow(message);
  });
});

describe('checkFields and render', () => {
  const state = new SandboxState({ seed: 1, size: 8, today: '2026-11-20' });
  const bill = state.data.bills.rows[1];
  const ctx = { state, origin: 'https://app.clio.com', nowMs: state.clock.nowMs() };

  it('names the unknown field in the error', () => {
    expect(() => checkFields(BillResource, parseFields('id,foo'))).toThrow(/foo/);
    expect(() => checkFields(BillResource, parseFields('client{nope}'))).toThrow(/client\{nope\}/);
    expect(() => checkFields(BillResource, parseFields('total{id}'))).toThrow(/no nested fields/);
  });

  it('returns only id and etag by default, and nested defaults for a bare nested field', () => {
    if (!bill) throw new Error('seed has bills');
    expect(Object.keys(render(BillResource, bill, checkFields(BillResource, null), ctx))).toEqual([
      'id',
      'etag',
    ]);
    const out = render(
      BillResource,
      bill,
      checkFields(BillResource, parseFields('client,matters{display_number}')),
      ctx,
    );
    expect(Object.keys(out.client as object)).toEqual(['id', 'etag']);
    expect(out.matters).toEqual([{ display_number: expect.any(String) }]);
  });

  it('renders money from cents exactly', () => {
    if (!bill) throw new Error('seed has bills');
    const out = render(BillResource, bill, checkFields(BillResource, parseFields('total,paid,balance')), ctx);
    expect(Math.round((out.total as number) * 100)).toBe(bill.totalCents);
    expect(Math.round((out.balance as number) * 100)).toBe(
      bill.totalCents - bill.paidCents - bill.creditsCents,
    );
  });
});
