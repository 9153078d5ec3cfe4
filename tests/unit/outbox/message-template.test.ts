import { describe, expect, it } from 'vitest';
import type { BillView } from '@/lib/bills/bill-view';
import { t } from '@/lib/i18n/text';
import { messageFor, renderMessage } from '@/lib/outbox/message-template';
import { whyNotSendable } from '@/lib/outbox/sendable';
import { defaultSettings, settingsSchema } from '@/lib/settings/settings-schema';

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
  due: 150_000,
  paid: 25_050,
  creditsIssued: 0,
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
    expect(renderMessage('{client}: {bill_number}, {balance}, due {due_date}.', bill, 'en')).toBe(
      'Ada Lovelace: INV-0042, $1,249.50, due Dec 1, 2026.',
    );
  });

  it('leaves text that only looks like a placeholder, and names that contain braces, as written', () => {
    const braces = { ...bill, clientName: '{balance} & <script>alert(1)</script>' };
    expect(renderMessage('Dear {client}, {unknown} {Balance}', braces, 'en')).toBe(
      'Dear {balance} & <script>alert(1)</script>, {unknown} {Balance}',
    );
  });

  it('says "on receipt" for a bill without a due date', () => {
    expect(renderMessage('due {due_date}', { ...bill, dueAt: null }, 'en')).toBe('due on receipt');
  });
});

describe('the message a bill is sent with', () => {
  it('asks to pay what is owed', () => {
    expect(messageFor(defaultSettings('en'), bill)).toContain('for $1,249.50, due Dec 1, 2026');
  });

  it.each([
    ['paid', { state: 'paid', paid: 150_000, balance: 0 }],
    ['unpaid but credited in full', { balance: 0 }],
  ] as const)('sends a %s bill as a receipt, never with an amount to pay', (_case, changes) => {
    const message = messageFor(defaultSettings('en'), { ...bill, ...changes });
    expect(message).toContain('bill INV-0042 for $1,500.00, paid in full');
    expect(message).not.toMatch(/\$0\.00|pay it|due /);
  });

  it('refuses a paid-bill message that names an amount or date to pay', () => {
    const settings = {
      ...defaultSettings('en'),
      settledMessageTemplate: 'Please pay {balance} by {due_date}.',
    };
    const parsed = settingsSchema.safeParse(settings);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('settings.settled_mentions_owed');
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
    else expect(answer && t(answer)).toMatch(reason);
  });
});
