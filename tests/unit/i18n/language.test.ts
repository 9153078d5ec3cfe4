import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BillView } from '@/lib/bills/bill-view';
import { db } from '@/lib/db/database';
import { formatDate } from '@/lib/format';
import { applyLanguageChoice, onLanguageChanged, saveLanguageChoice } from '@/lib/i18n/language-choice';
import { formattingLocale, languageOf } from '@/lib/i18n/languages';
import { currentLanguage, setLanguage, t } from '@/lib/i18n/text';
import { formatMoney, type MinorUnits } from '@/lib/money';
import { messageFor } from '@/lib/outbox/message-template';
import { loadSettings, saveSettings } from '@/lib/settings/settings';
import { defaultSettings } from '@/lib/settings/settings-schema';

/** A bill in Canadian dollars awaiting payment, due on receipt unless a date is given. */
function awaitingPayment(fields: Partial<BillView>): BillView {
  return {
    id: 7,
    number: '1',
    state: 'awaiting_payment',
    kind: 'revenue_kind',
    clientId: 7,
    clientName: 'Fatima Yilmaz',
    matterLabel: null,
    currencyCode: 'CAD',
    total: 0,
    due: 0,
    paid: 0,
    creditsIssued: 0,
    balance: 0,
    pending: 0,
    issuedAt: '2026-08-19',
    dueAt: null,
    shared: false,
    lastSentAt: null,
    fetchedAt: 0,
    ...fields,
  };
}

const englishBrowser = () => vi.stubGlobal('navigator', { language: 'en-US' });

describe('the language Remit speaks', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    vi.unstubAllGlobals();
    setLanguage('en');
  });

  it('is Canada’s French for any French browser, English for every other', () => {
    expect(['fr', 'fr-CA', 'fr-FR', 'FR-be'].map(languageOf)).toEqual(['fr-CA', 'fr-CA', 'fr-CA', 'fr-CA']);
    expect(['en-US', 'en-GB', 'de-DE', 'es'].map(languageOf)).toEqual(['en', 'en', 'en', 'en']);
  });

  it('writes figures as Quebec does in French, and as the browser’s own English in English', () => {
    expect(formattingLocale('fr-CA', 'en-US')).toBe('fr-CA');
    expect(formattingLocale('en', 'en-GB')).toBe('en-GB');
    expect(formattingLocale('en', 'fr-CA')).toBe('en');
    expect(formattingLocale('en', 'de-DE')).toBe('en');
  });

  it('follows the browser until the user chooses, then the choice, in words, money and dates', async () => {
    englishBrowser();
    expect(await applyLanguageChoice()).toBe('en');
    expect(t('popup.sync')).toBe('Sync');
    expect(formatMoney(123456 as MinorUnits, 'CAD')).toBe('CA$1,234.56');

    await saveLanguageChoice('fr-CA');
    expect(await applyLanguageChoice()).toBe('fr-CA');
    expect(t('popup.sync')).toBe('Synchroniser');
    expect(formatMoney(123456 as MinorUnits, 'CAD')).toBe('1\u00a0234,56\u00a0$');
    expect(formatMoney(123456 as MinorUnits, 'USD')).toBe('1\u00a0234,56\u00a0$\u00a0US');
    expect(formatDate('2026-09-18')).toBe('18 sept. 2026');
  });

  it('reads a stored choice it does not know as the browser’s language', async () => {
    englishBrowser();
    await fakeBrowser.storage.local.set({ language: 'klingon' });
    expect(await applyLanguageChoice()).toBe('en');
    expect(t('popup.sync')).toBe('Sync');
  });

  it('tells open pages of a new choice, already in force when they draw again', async () => {
    englishBrowser();
    const drawn: string[] = [];
    const stop = onLanguageChanged((language) => drawn.push(`${language}: ${t('popup.sync')}`));
    await saveLanguageChoice('fr-CA');
    await vi.waitFor(() => expect(drawn).toEqual(['fr-CA: Synchroniser']));
    await saveLanguageChoice('browser');
    await vi.waitFor(() => expect(drawn).toEqual(['fr-CA: Synchroniser', 'en: Sync']));
    stop();
    expect(currentLanguage()).toBe('en');
  });

  it('sends bills with the messages of the language chosen, until the firm writes its own', async () => {
    englishBrowser();
    const bill = awaitingPayment({ number: '1007', total: 834_349, balance: 834_349, dueAt: '2026-09-18' });
    expect(messageFor(await loadSettings(), bill)).toMatch(/^Dear .*bill 1007 for CA\$8,343\.49/s);
    // The background follows the choice as the options page saves it (see followLanguage).
    const followed = vi.fn();
    const stop = onLanguageChanged(followed);
    await saveLanguageChoice('fr-CA');
    await vi.waitFor(() => expect(followed).toHaveBeenCalledWith('fr-CA'));
    stop();
    expect(messageFor(await loadSettings(), bill)).toMatch(
      /^Bonjour .*facture 1007 .*8\u00a0343,49\u00a0\$/s,
    );
  });

  it('writes to clients in the language the firm chose for them, whatever language Remit speaks', async () => {
    englishBrowser();
    const bill = awaitingPayment({ number: '1016', clientName: null, total: 543_788, balance: 543_788 });
    const firm = await loadSettings();
    await saveSettings({ ...firm, clientLanguage: 'fr-CA', settledMessageTemplate: 'Reçu : {total}.' });
    const forClients = await loadSettings();
    expect(t('popup.sync')).toBe('Sync');
    expect(messageFor(forClients, bill)).toBe(
      'Bonjour client,\n\nNous vous transmettons la facture 1016 au montant de 5\u00a0437,88\u00a0$ (échéance\u00a0: sur réception). Vous pouvez la consulter et la régler dans le portail client.\n\nMerci.',
    );
    // Left as Remit wrote them, the English messages were not kept: the French ones replace them.
    expect((await db.settings.toArray()).map((row) => row.key).sort()).toEqual([
      'clientLanguage',
      'settledMessageTemplate',
    ]);
    // What the firm wrote stays as written, filled in French.
    expect(messageFor(forClients, { ...bill, balance: 0, paid: 543_788, state: 'paid' })).toBe(
      'Reçu : 5\u00a0437,88\u00a0$.',
    );
    // Kept by an earlier Remit, an English message of Remit's own still follows the language.
    await db.settings.put({ key: 'messageTemplate', value: defaultSettings('en').messageTemplate });
    expect((await loadSettings()).messageTemplate).toBe(defaultSettings('fr-CA').messageTemplate);
    await saveSettings({ ...forClients, clientLanguage: 'en' });
    expect(messageFor(await loadSettings(), bill)).toMatch(
      /^Dear client,.*for CA\$5,437\.88, due on receipt\./s,
    );
  });
});
