import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clioRules } from '@/entrypoints/background/message-handlers';
import { saveConnection, updateConnection } from '@/lib/connection/store';
import { db } from '@/lib/db/database';
import type { BillRecord } from '@/lib/db/records/bill';
import type { OutboxEntry } from '@/lib/db/records/outbox-entry';
import type { PaymentLinkRecord } from '@/lib/db/records/payment-link';
import { RemitError } from '@/lib/errors';
import { type Handlers, handleMessages, messageListener } from '@/lib/messaging/handle';
import type { Reply } from '@/lib/messaging/reply';
import { type MessageName, type Protocol, protocol, type RequestOf } from '@/lib/protocol';
import { connectionAs } from '../../support/connection-record';

const ownPage = {
  id: fakeBrowser.runtime.id,
  url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html`,
};
/**
 * Remit's content script on the page of bill 4. The document was loaded on another bill's page: Clio
 * moves between bills by the fragment, and only the tab's URL follows.
 */
const clioTab = {
  id: fakeBrowser.runtime.id,
  url: 'https://eu.app.clio.com/nc/#/bills/1',
  tab: { id: 7, url: 'https://eu.app.clio.com/nc/#/bills/4' },
};

/** A valid request of every message, about bill 4 (client 30, link 90) where it names a bill. */
const requests: { [N in MessageName]: RequestOf<N> } = {
  getCachedBillPanel: { billId: 4 },
  refreshBillPanel: { billId: 4 },
  queueSend: { billId: 4, portal: true, email: false, message: 'Hello' },
  getSend: { billId: 4 },
  planPaymentLinks: { billIds: [4] },
  createPaymentLinks: { billIds: [4], durationDays: 30 },
  expirePaymentLink: { linkId: 90 },
  getPayableBills: { clientId: 30 },
  openClientLink: { clientId: 30, billIds: [4] },
  contextTarget: { billId: 4, billsList: false },
  getConnection: {},
  connect: { region: 'us', clientId: 'id', clientSecret: 'secret' },
  reconnect: {},
  disconnect: {},
  getSyncStatus: {},
  getReceivables: {},
  queryBills: {
    filter: { state: null, search: '', currency: null, kind: null, queue: { name: 'overdue' } },
    sort: { column: 'due', direction: 'ascending' },
    offset: 0,
    limit: 50,
  },
  selectionTotals: {
    filter: { state: null, search: '', currency: null, kind: null, queue: null },
    selection: { kind: 'all_matching', except: [4] },
  },
  syncNow: {},
  loadFeatures: {},
  sendPressing: { sendId: 'send-4' },
  sendOutcome: { sendId: 'send-4', outcome: { kind: 'submitted' } },
  openOptions: {},
  openWorkspace: {},
  getSettings: {},
  saveSettings: {
    clientLanguage: 'fr-CA',
    messageTemplate: 'a',
    settledMessageTemplate: 'b',
    envelopeSubjectTemplate: 'c',
    envelopeMessageTemplate: 'd',
  },
  startReview: {
    filter: { state: null, search: '', currency: null, kind: null, queue: null },
    selection: { kind: 'bills', ids: [4] },
  },
  currentMailing: {},
  mailingState: {},
  changeEnvelope: { envelopeId: 'envelope-1', subject: 'Bills' },
  leaveOut: { envelopeId: 'envelope-1', billId: 4 },
  discardReview: { mailingId: 'mailing-1' },
  sendAll: { mailingId: 'mailing-1' },
  pauseMailing: { mailingId: 'mailing-1' },
  resumeMailing: { mailingId: 'mailing-1' },
  cancelMailing: { mailingId: 'mailing-1' },
  sendFailedAgain: { mailingId: 'mailing-1' },
  getReminderCadence: {},
  saveReminderCadence: {
    steps: [{ id: 'due-day', days: 0, on: true, channel: 'both', subject: null, message: null }],
    minimumGapDays: 3,
    alongsideClioReminders: false,
  },
  remindersDueCount: {},
  getBillReminders: { billId: 4 },
  holdReminders: { billId: 4, snoozeUntil: '2026-12-24' },
  exportCsv: { kind: 'aging' },
  getInsight: {},
  getDaysToPay: {},
  getQuietClients: {},
  remindClientAgain: { clientId: 30 },
};

/** The same requests about bill 5, another bill than the one on the page. */
const otherBill: Partial<{ [N in MessageName]: RequestOf<N> }> = {
  getCachedBillPanel: { billId: 5 },
  refreshBillPanel: { billId: 5 },
  queueSend: { billId: 5, portal: true, email: false, message: 'Hello' },
  getSend: { billId: 5 },
  planPaymentLinks: { billIds: [5] },
  createPaymentLinks: { billIds: [4, 5], durationDays: 30 },
  expirePaymentLink: { linkId: 91 },
  openClientLink: { clientId: 31, billIds: [4] },
  sendPressing: { sendId: 'send-5' },
  sendOutcome: { sendId: 'send-5', outcome: { kind: 'submitted' } },
  getBillReminders: { billId: 5 },
  holdReminders: { billId: 5, quietClient: true },
};

const names = Object.keys(protocol) as MessageName[];
const fromClio = names.filter((name) => protocol[name].senders !== 'extension');
const fromExtensionOnly = names.filter((name) => protocol[name].senders === 'extension');

/** Every handler records its call; each answers `value` unless told otherwise. */
function handlers(value: (name: MessageName) => unknown = () => ({})) {
  const called: MessageName[] = [];
  const all = Object.fromEntries(
    names.map((name) => [
      name,
      vi.fn(async () => {
        called.push(name);
        return value(name);
      }),
    ]),
  ) as unknown as Handlers<Protocol>;
  return { all, called };
}

/** Delivers one message to the listener; `ignored` when it neither answers nor keeps the channel open. */
async function deliver(listener: ReturnType<typeof messageListener>, message: unknown, sender: object) {
  let reply: (value: Reply) => void = () => undefined;
  const answered = new Promise<Reply>((resolve) => {
    reply = resolve;
  });
  const keptOpen = listener(message, sender, reply);
  return keptOpen ? answered : 'ignored';
}

describe('the background’s message listener', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await Promise.all(db.tables.map((table) => table.clear()));
    await db.bills.put({ id: 4, clientId: 30 } as BillRecord);
    await db.paymentLinks.bulkPut([
      { id: 90, billId: 4 } as PaymentLinkRecord,
      { id: 91, billId: 5 } as PaymentLinkRecord,
    ]);
    // Tab 7 fills the dialog for bill 4; another tab's send, of bill 5, is not its to report on.
    await db.outbox.bulkPut([
      { id: 'send-4', billId: 4, tabId: 7 } as OutboxEntry,
      { id: 'send-5', billId: 5, tabId: 8 } as OutboxEntry,
    ]);
  });

  it.each([
    ['another extension', { id: 'someone-else', url: ownPage.url }],
    [
      'a tab outside Clio',
      { id: fakeBrowser.runtime.id, url: 'https://evil.example/nc/#/bills/4', tab: { id: 1 } },
    ],
    [
      'a look-alike host',
      { id: fakeBrowser.runtime.id, url: 'https://app.clio.com.evil.example/', tab: { id: 1 } },
    ],
    [
      'Clio over plain http',
      { id: fakeBrowser.runtime.id, url: 'http://app.clio.com/nc/#/bills/4', tab: { id: 1 } },
    ],
    ['a sender without a page', { id: fakeBrowser.runtime.id }],
    ['a Clio page outside any tab', { id: fakeBrowser.runtime.id, url: 'https://app.clio.com/nc/' }],
    ['an unreadable address', { id: fakeBrowser.runtime.id, url: 'app.clio.com', tab: { id: 1 } }],
  ])('ignores %s', async (_name, sender) => {
    const { all, called } = handlers();
    expect(
      await deliver(
        messageListener(protocol, all, clioRules),
        { name: 'getConnection', request: {} },
        sender,
      ),
    ).toBe('ignored');
    expect(called).toEqual([]);
  });

  it.each(fromExtensionOnly)('refuses %s from a Clio page without running it', async (name) => {
    const { all, called } = handlers();
    const reply = await deliver(
      messageListener(protocol, all, clioRules),
      { name, request: requests[name] },
      clioTab,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    expect(called).toEqual([]);
  });

  // The handlers here answer `{}`, which most answers' schemas refuse: what counts is that they ran.
  it.each(fromClio)('takes %s from a Clio page about the bill it shows', async (name) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { all, called } = handlers();
    await deliver(messageListener(protocol, all, clioRules), { name, request: requests[name] }, clioTab);
    expect(called).toEqual([name]);
  });

  it.each(Object.keys(otherBill) as MessageName[])(
    'refuses %s from a Clio page about another bill than the one it shows',
    async (name) => {
      const { all, called } = handlers();
      const reply = await deliver(
        messageListener(protocol, all, clioRules),
        { name, request: otherBill[name] },
        clioTab,
      );
      expect(reply).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
      expect(called).toEqual([]);
    },
  );

  it('refuses every message from another region’s Clio than the connected firm’s, and takes them on its own', async () => {
    await saveConnection(connectionAs(1));
    vi.spyOn(fakeBrowser.contextMenus, 'update').mockResolvedValue(undefined as never);
    const { all, called } = handlers();
    for (const name of fromClio) {
      const reply = await deliver(
        messageListener(protocol, all, clioRules),
        { name, request: requests[name] },
        clioTab,
      );
      expect(reply).toMatchObject({ ok: false, error: { text: { key: 'common.refused_other_clio' } } });
    }
    expect(called).toEqual([]);

    await updateConnection({ region: 'eu' });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const name of fromClio) {
      await deliver(messageListener(protocol, all, clioRules), { name, request: requests[name] }, clioTab);
    }
    expect(called).toEqual(fromClio);
  });

  it.each([
    ['a tab without its address', { ...clioTab, tab: { id: 7 } }],
    ['a page outside any tab it can name', { ...clioTab, tab: { url: clioTab.tab.url } }],
  ])('refuses a bill’s request from %s', async (_name, sender) => {
    const { all, called } = handlers();
    const reply = await deliver(
      messageListener(protocol, all, clioRules),
      { name: 'getSend', request: { billId: 4 } },
      sender,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    expect(called).toEqual([]);
  });

  it.each([
    ['an unknown link', { linkId: 92 }],
    ['a client’s link, of no one bill', { linkId: 93 }],
  ])('refuses to expire %s from a Clio page', async (_name, request) => {
    await db.paymentLinks.put({ id: 93, billId: null } as PaymentLinkRecord);
    const { all, called } = handlers();
    const reply = await deliver(
      messageListener(protocol, all, clioRules),
      { name: 'expirePaymentLink', request },
      clioTab,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    expect(called).toEqual([]);
  });

  it.each([
    ['a bill of the client beside the one shown', clioTab, { clientId: 30, billIds: [4, 5] }],
    [
      'a bill not yet synced',
      { ...clioTab, tab: { id: 7, url: 'https://eu.app.clio.com/nc/#/bills/6' } },
      { clientId: 30, billIds: [] },
    ],
    [
      'no bill on screen',
      { ...clioTab, tab: { id: 7, url: 'https://eu.app.clio.com/nc/#/matters' } },
      { clientId: 30, billIds: [] },
    ],
  ])('refuses a client link from a Clio page for %s', async (_name, sender, request) => {
    const { all, called } = handlers();
    const reply = await deliver(
      messageListener(protocol, all, clioRules),
      { name: 'openClientLink', request },
      sender,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    expect(called).toEqual([]);
  });

  it('passes a handler’s answer to the sender as it is', async () => {
    const settings = {
      clientLanguage: 'en',
      messageTemplate: 'Your bill',
      settledMessageTemplate: 'Thank you',
      envelopeSubjectTemplate: 'Your bills',
      envelopeMessageTemplate: 'Thank you all',
    };
    const { all } = handlers(() => settings);
    expect(
      await deliver(messageListener(protocol, all, clioRules), { name: 'getSettings', request: {} }, clioTab),
    ).toEqual({ ok: true, value: settings });
  });

  it('listens on the runtime once started', async () => {
    const { all, called } = handlers();
    handleMessages(protocol, all, clioRules);
    await fakeBrowser.runtime.onMessage.trigger(
      { name: 'getConnection', request: {} },
      ownPage,
      () => undefined,
    );
    expect(called).toEqual(['getConnection']);
  });

  it.each(names.filter((name) => protocol[name].senders !== 'clio'))(
    'takes %s from Remit’s own pages',
    async (name) => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const { all, called } = handlers();
      await deliver(messageListener(protocol, all, clioRules), { name, request: requests[name] }, ownPage);
      expect(called).toEqual([name]);
    },
  );

  it.each([
    [{ name: 'refreshBillPanel', request: { billId: -1 } }],
    [{ name: 'refreshBillPanel', request: { billId: '4' } }],
    [{ name: 'dropTables', request: {} }],
    [{ name: 'toString', request: {} }],
    ['refreshBillPanel'],
  ])('rejects a malformed message without calling a handler: %j', async (message) => {
    const { all, called } = handlers();
    expect(await deliver(messageListener(protocol, all, clioRules), message, ownPage)).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(called).toEqual([]);
  });

  it('passes a RemitError’s code and message to the sender', async () => {
    const { all } = handlers();
    all.getConnection = () => Promise.reject(new RemitError('reconnect', 'connection.reconnect'));
    expect(
      await deliver(
        messageListener(protocol, all, clioRules),
        { name: 'getConnection', request: {} },
        ownPage,
      ),
    ).toEqual({ ok: false, error: { code: 'reconnect', text: { key: 'connection.reconnect' } } });
  });

  it('hides an unexpected error, and an answer outside its schema, behind a plain message', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { all } = handlers(() => ({ state: 'connected' }));
    all.getReceivables = () => Promise.reject(new TypeError('x is undefined'));
    const listener = messageListener(protocol, all, clioRules);
    for (const name of ['getReceivables', 'getConnection'] as const) {
      expect(await deliver(listener, { name, request: {} }, ownPage)).toEqual({
        ok: false,
        error: { code: 'invalid', text: { key: 'common.internal_error' } },
      });
    }
  });
});
