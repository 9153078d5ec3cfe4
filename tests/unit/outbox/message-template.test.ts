import { describe, expect, it } from 'vitest';
import type { BillView } from '@/lib/messaging/protocol';
import { renderMessage } from '@/lib/outbox/message-template';
import { whyNotSendable } from '@/lib/outbox/sendable';

const bill: BillView = {
  id: 7,
  number: 'INV-0042',
  state: 'awaiting_payment',
  kind: 'revenue_kind',
  clientId: 7,
  clientName: 'Ada Lovelace',
  matterLabel: null,
  currencyCode: 'USD',
  total: 150_000,
  paid: 25_050,
  balance: 124_950,
  pending: 0,
  issuedAt: '2026-11-01',
  dueAt: '2026-12-01',
  shared: false,
  lastSentAt: null,
  fetchedAt: 0,
};

describe('renderMessage', () => {
  it('fills every placeholder from the bill, money and dates in the locale', () => {
    expect(renderMessage('{client}: {bill_number}, {balance}, due {due_date}.', bill, 'en-US')).toBe(
      'Ada Lovelace: INV-0042, $1,249.50, due Dec 1, 2026.',
    );
  });

  it('leaves text that only looks like a placeholder, and names that contain braces, as written', () => {
    const braces = { ...bill, clientName: '{balance} & <script>alert(1)</script>' };
    expect(renderMessage('Dear {client}, {unknown} {Balance}', braces, 'en-US')).toBe(
      'Dear {balance} & <script>alert(1)</script>, {unknown} {Balance}',
    );
  });

  it('says "on receipt" for a bill without a due date', () => {
    expect(renderMessage('due {due_date}', { ...bill, dueAt: null }, 'en-US')).toBe('due on receipt');
  });
});

describe('whyNotSendable', () => {
  it.each([
    ['awaiting_payment', null],
    ['paid', null],
    ['draft', /draft/],
    ['awaiting_approval', /awaiting approval/],
    ['void', /voided/],
    ['deleted', /deleted/],
  ] as const)('%s', (state, reason) => {
    const answer = whyNotSendable(state);
    if (reason === null) expect(answer).toBeNull();
    else expect(answer).toMatch(reason);
  });
});
